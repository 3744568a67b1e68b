using Archive.SiteGen.Import;

namespace Archive.SiteGen.Tests.Import;

/// <summary>How a letter's text is read: its date forms, header, salutation and body.</summary>
public class LetterTextTests
{
    [Theory]
    [InlineData("20 July 2009", "2009-07-20")]
    [InlineData("July 20, 2009", "2009-07-20")]
    [InlineData("20th July 2009", "2009-07-20")]
    [InlineData("2009-07-20", "2009-07-20")]
    [InlineData("20/07/2009", "2009-07-20")]
    [InlineData("07/20/2009", "2009-07-20")]
    [InlineData("20.07.2009", "2009-07-20")]
    [InlineData("le 20 juillet 2009", "2009-07-20")]
    [InlineData("1er mars 2012", "2012-03-01")]
    [InlineData("20 de julio de 2009", "2009-07-20")]
    [InlineData("julio de 2009", "2009-07")]
    [InlineData("July 2009", "2009-07")]
    [InlineData("juillet 2009", "2009-07")]
    [InlineData("2009", "2009")]
    [InlineData("New York, 20 July 2009", "2009-07-20")]
    [InlineData("Nairobi, le 20 juillet 2009", "2009-07-20")]
    [InlineData("Bujumbura, le 03/04/2015", "2015-04-03")]
    [InlineData("Geneva, July 20, 2009", "2009-07-20")]
    [InlineData("Monday, 20 July 2009", "2009-07-20")]
    [InlineData("Date: 23 March 2012", "2012-03-23")]
    [InlineData("Mon, 4 Dec 2017 at 16:02", "2017-12-04")]
    [InlineData("4 December 2017, 09:15 GMT", "2017-12-04")]
    [InlineData("Tue, Mar 6, 2018 at 9:41 AM", "2018-03-06")]
    [InlineData("jeudi 14 janvier 2011 à 10h30", "2011-01-14")]
    [InlineData("3 de março de 2020", "2020-03-03")]
    [InlineData("Luanda, 14 de Outubro de 2019", "2019-10-14")]
    [InlineData("Data: 2 de fevereiro de 2022", "2022-02-02")]
    [InlineData("Feito em Bissau, 9 de dezembro de 2016", "2016-12-09")]
    [InlineData("March 3, 2011 / le 3 mars 2011", "2011-03-03")]
    public void A_date_line_in_english_french_spanish_or_portuguese_gives_the_date_to_its_precision(string line, string expected)
    {
        Assert.True(WrittenDate.TryParse(line, out var date, out _), line);
        Assert.Equal(expected, date.ToString());
    }

    [Theory]
    [InlineData("the 2005 World Summit")]
    [InlineData("31 June 2009")]
    [InlineData("20 Julember 2009")]
    [InlineData("13/13/2009")]
    [InlineData("Secretary-General Ban Ki-moon")]
    [InlineData("March 3, 2011 / le 4 mars 2011")]
    public void A_line_that_is_not_wholly_a_date_gives_none(string line) =>
        Assert.False(WrittenDate.TryParse(line, out _, out _), line);

    [Fact]
    public void A_news_pages_time_stamp_above_a_portuguese_letter_gives_way_to_the_letters_date_above_its_salutation()
    {
        var draft = SignatoryShapeTests.Read("""
            Notícias › Direitos humanos

            ONGs pedem ao governo uma posição sobre o Sudão do Sul

            05/05/2016 – 09h15 | Atualizado em 06/05/2016 – 10h02

            Um grupo de organizações enviou ontem uma carta à ministra, pedindo que o governo apoie uma resolução no Conselho de Direitos Humanos. Leia a íntegra abaixo.

            Luanda, 4 de maio de 2016

            Senhora Ministra,

            Escrevemos para pedir ao governo que apoie uma resolução sobre a situação no Sudão do Sul.

            A violência contra civis aumentou desde o início do ano, e as agências humanitárias não chegam às regiões afetadas.

            Pedimos que o governo defenda, no Conselho, uma comissão de inquérito com recursos suficientes.

            Pedimos ainda que o governo apoie a presença de observadores de direitos humanos no terreno.

            Atenciosamente,

            SOS Habitat (Angola)
            """);

        Assert.Equal("2016-05-04", draft.Date.ToString());
    }

    [Fact]
    public void A_numeric_date_that_reads_both_ways_is_read_day_first_and_flagged()
    {
        Assert.True(WrittenDate.TryParse("05/07/2009", out var date, out var note));

        Assert.Equal("2009-07-05", date.ToString());
        Assert.Equal("'05/07/2009' was read day first as 5 July 2009; if it means 7 May 2009, pass --date", note);
    }

    [Fact]
    public void A_letter_quoted_whole_in_an_e_mail_is_read_without_its_quote_marks()
    {
        var draft = SignatoryShapeTests.Read("""
            Colleagues, please see the letter below.

            > Lusaka, 4 March 2015
            >
            > Dear Chairperson,
            >
            > We write to you about the detention of journalists.
            >> We ask you to raise it at the summit.
            >
            > Yours faithfully,
            >
            > Zambia Council for Social Development (Zambia)
            > Southern Africa Litigation Centre (South Africa)
            """);

        Assert.Equal("2015-03-04", draft.Date.ToString());
        Assert.DoesNotContain(">", draft.Body, StringComparison.Ordinal);
        Assert.Contains("We ask you to raise it at the summit.", draft.Body, StringComparison.Ordinal);
        Assert.Equal(["Zambia Council for Social Development", "Southern Africa Litigation Centre"], draft.Signatories.Select(s => s.Name));
    }

    [Fact]
    public void A_few_quoted_lines_inside_a_letter_keep_their_quote_marks()
    {
        var draft = SignatoryShapeTests.Read("""
            Dear Chairperson,

            As the Commission wrote last year:
            > States must protect journalists.

            We ask you to act on it.

            Yours faithfully,

            Zambia Council for Social Development (Zambia)
            """);

        Assert.Contains("States must protect journalists.", draft.Body, StringComparison.Ordinal);
        Assert.Contains(">", draft.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void A_date_printed_only_in_the_header_repeated_on_every_page_is_the_letters_date()
    {
        var draft = SignatoryShapeTests.Read("""
            Joint submission on Eritrea – Universal Periodic Review            4 February 2019

            Dear Ambassador,

            We write to you about the review of Eritrea. In 2014 the review made 200 recommendations.

            Joint submission on Eritrea – Universal Periodic Review            4 February 2019
            We ask you to raise the detention of journalists.

            Sincerely,

            Eritrea Focus (UK)
            Joint submission on Eritrea – Universal Periodic Review            4 February 2019
            """);

        Assert.Equal("2019-02-04", draft.Date.ToString());
        Assert.DoesNotContain("Universal Periodic Review", draft.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void A_year_in_the_body_is_not_the_letters_date()
    {
        var draft = SignatoryShapeTests.Read("""
            To: Heads of Governments

            Your Excellency,

            The 2005 World Summit was important. In 2008 the Assembly meets.

            2009

            Sincerely,

            Genocide Alert (Germany)
            """);

        Assert.Null(draft.Date);
    }

    [Fact]
    public void The_header_gives_letterhead_title_date_recipients_and_cc_and_the_body_starts_after_the_salutation()
    {
        var draft = SignatoryShapeTests.Read("""
            GLOBAL ACTION NETWORK

            Open Letter on the Protection of Civilians
            23 March 2012

            Secretary-General Ban Ki-moon
            Office of the United Nations Secretary-General

            CC: H.E. Mr. Nassir Abdulaziz Al-Nasser, President of the General Assembly;
            Dr. Edward C. Luck, Special Adviser

            Excellency,

            We write to you.

            Sincerely,

            Genocide Alert (Germany)
            """);

        Assert.Equal("GLOBAL ACTION NETWORK", draft.Letterhead);
        Assert.Equal("Open Letter on the Protection of Civilians", draft.Title);
        Assert.True(draft.TitleIsPrinted);
        Assert.Equal("2012-03-23", draft.Date.ToString());
        Assert.Equal(["Secretary-General Ban Ki-moon, Office of the United Nations Secretary-General"], draft.Recipients);
        Assert.Equal(["H.E. Mr. Nassir Abdulaziz Al-Nasser, President of the General Assembly", "Dr. Edward C. Luck, Special Adviser"], draft.Cc);
        Assert.Equal("We write to you.\n", draft.Body);
    }

    [Theory]
    [InlineData("Excellency,")]
    [InlineData("Your Excellency,")]
    [InlineData("Dear Minister Smith,")]
    [InlineData("Dear Members of the Security Council,")]
    [InlineData("Monsieur le Président,")]
    [InlineData("Estimado Presidente:")]
    public void The_salutation_is_not_part_of_the_body(string salutation)
    {
        var draft = SignatoryShapeTests.Read($"To: The President\n\n{salutation}\n\nWe write to you.\n\nSincerely,\n\nGenocide Alert (Germany)\n");

        Assert.Equal("We write to you.\n", draft.Body);
        Assert.Equal(["The President"], draft.Recipients);
    }

    [Fact]
    public void A_to_line_with_in_care_of_gives_two_recipients_and_a_title_is_made_when_none_is_printed()
    {
        var draft = SignatoryShapeTests.Read("To: Heads of Governments In care of: Permanent Representatives in NY\n\nExcellency,\n\nWe write.\n\nSincerely,\n\nGenocide Alert (Germany)\n");

        Assert.Equal(["Heads of Governments", "In care of: Permanent Representatives in NY"], draft.Recipients);
        Assert.Equal("Letter to Heads of Governments", draft.Title);
        Assert.False(draft.TitleIsPrinted);
    }

    [Fact]
    public void Body_paragraphs_and_lists_become_markdown_and_markdown_characters_are_escaped()
    {
        var draft = SignatoryShapeTests.Read("""
            Excellency,

            We urge you to
            consider the *following* points:

            - protect civilians
            • prevent atrocities
            * act early

            1. first point
            2) second point
            a) a lettered point
            that wraps onto a second line

            <b>Not HTML</b> [not a link](x)

            Sincerely,

            Genocide Alert (Germany)
            """);

        Assert.Equal(
            """
            We urge you to consider the \*following\* points:

            - protect civilians
            - prevent atrocities
            - act early

            1. first point
            2. second point
            - a) a lettered point that wraps onto a second line

            \<b\>Not HTML\</b\> \[not a link\](x)

            """,
            draft.Body);
    }

    [Fact]
    public void A_french_letter_is_read_like_an_english_one()
    {
        var draft = SignatoryShapeTests.Read("""
            Lettre ouverte au Président de la République

            Paris, le 1er mars 2012

            À : Monsieur le Président de la République

            Monsieur le Président,

            Nous vous demandons :
            1) de protéger les civils ;
            2) de soutenir la justice.

            Veuillez agréer, Monsieur le Président, l'expression de notre haute considération.

            Organisations signataires :
            1. Ligue Iteka (Burundi)
            2. Réseau Femmes et Paix (Afrique de l'Ouest)

            Contact : Jean Dupont, +33 1 23 45 67 89
            """);

        Assert.Equal(("Lettre ouverte au Président de la République", "2012-03-01", "fr"), (draft.Title, draft.Date.ToString(), draft.Language));
        Assert.Equal(["Monsieur le Président de la République"], draft.Recipients);
        Assert.Equal("Nous vous demandons :\n\n1. de protéger les civils ;\n2. de soutenir la justice.\n", draft.Body);
        Assert.Equal(["Ligue Iteka | BI | ", "Réseau Femmes et Paix |  | Afrique de l'Ouest"], draft.Signatories.Select(s => $"{s.Name} | {string.Join(",", s.Places.Countries)} | {string.Join(",", s.Places.Regions)}"));
    }

    [Fact]
    public void A_spanish_letter_with_signatories_in_one_paragraph_and_a_signer_is_read()
    {
        var draft = SignatoryShapeTests.Read("""
            Carta abierta sobre la protección de civiles

            20 de julio de 2009

            Estimados Representantes Permanentes:

            Las organizaciones abajo firmantes les escribimos con preocupación.

            Atentamente,

            Semillas para la Democracia (Paraguay); Centro de Investigación y Educación Popular, CINEP (Colombia); Red Latinoamericana (América Latina)

            Dr. Andrés Serbin
            Presidente, CRIES
            """);

        Assert.Equal(("2009-07-20", "es"), (draft.Date.ToString(), draft.Language));
        Assert.Equal(
            ["Semillas para la Democracia | PY | ", "Centro de Investigación y Educación Popular, CINEP | CO | ", "Red Latinoamericana |  | América Latina"],
            draft.Signatories.Select(s => $"{s.Name} | {string.Join(",", s.Places.Countries)} | {string.Join(",", s.Places.Regions)}"));
        var person = Assert.Single(draft.People);
        Assert.Equal(("Dr. Andrés Serbin", "Presidente", "CRIES"), (person.Name, person.Roles[0].Title, person.Roles[0].Affiliation));
    }

    [Theory]
    [InlineData("pt", "Senhor Presidente,\n\nNós, as organizações abaixo assinadas, pedimos que não sejam feitas remoções em Belém e que as famílias da região tenham uma solução digna.\n\nAtenciosamente,\n\nFrente Ribeirinha – Belém/PA\n")]
    [InlineData("es", "Señor Presidente:\n\nLas organizaciones abajo firmantes le pedimos que proteja a los defensores del territorio y que garantice sus derechos con urgencia.\n\nAtentamente,\n\nRed Amazónica (Perú)\n")]
    [InlineData("it", "Egregio Presidente,\n\nle organizzazioni della rete chiedono al governo di non autorizzare il trasferimento degli armamenti e che il Parlamento sia informato.\n\nCordiali saluti,\n\nRete Pace (Italia)\n")]
    [InlineData("de", "Sehr geehrte Frau Ministerin,\n\nwir bitten Sie, die Abschiebungen auf das Mittelmeer nicht zu unterstützen und sich für die Seenotrettung einzusetzen.\n\nMit freundlichen Grüßen,\n\nSeebrücke (Deutschland)\n")]
    [InlineData("nl", "Geachte minister,\n\nWij vragen u om de terugkeerovereenkomst niet te ondertekenen en het recht op asiel van mensen op zee te beschermen.\n\nMet vriendelijke groet,\n\nVluchtelingenwerk (Nederland)\n")]
    [InlineData("fr", "Monsieur le Président,\n\nNous vous demandons de protéger les journalistes et de libérer ceux qui sont détenus dans les prisons du pays.\n\nVeuillez agréer nos salutations,\n\nLigue Iteka (Burundi)\n")]
    [InlineData("sv", "Bästa utrikesminister,\n\nVi som skriver under är organisationer som arbetar för fred och mänskliga rättigheter, och vi ber regeringen att inte stänga gränsen för dem som flyr.\n\nMed vänliga hälsningar,\n\nFredsrådet (Sverige)\n")]
    [InlineData("pl", "Szanowny Panie Premierze,\n\nZwracamy się do Pana w sprawie więźniów politycznych na Białorusi i prosimy, aby rząd nie wydalał ich rodzin oraz udzielił im ochrony.\n\nZ wyrazami szacunku,\n\nFundacja Wolności (Polska)\n")]
    [InlineData("sw", "Mheshimiwa Rais,\n\nSisi, mashirika ya kiraia ya Afrika Mashariki, tunakuandikia kwa wasiwasi kuhusu hali ya usalama katika nchi hii na wito wa hatua za haraka.\n\nKwa heshima,\n\nMtandao wa Haki (Tanzania)\n")]
    [InlineData("id", "Yang terhormat Bapak Presiden,\n\nKami, organisasi masyarakat sipil yang bertanda tangan di bawah ini, menulis kepada Bapak untuk meminta perlindungan bagi para jurnalis dan pembela hak asasi manusia di Papua.\n\nHormat kami,\n\nJaringan Damai Papua (Indonesia)\n")]
    [InlineData("en", "Dear Minister,\n\nWe ask you to protect the journalists of our region and to release those who are detained.\n\nSincerely,\n\nPress Freedom Network (Kenya)\n")]
    public void A_letter_is_given_the_language_it_is_written_in(string language, string letter)
    {
        Assert.Equal(language, SignatoryShapeTests.Read(letter).Language);
    }
}
