using System.Text.RegularExpressions;

namespace Archive.SiteGen.Import;

/// <summary>
/// The lines that bound a signatory block: where it starts (a closing formula such as "Sincerely," or a heading of
/// the list such as "Signatories:", "Individuals (in their personal capacity):") and where it ends (a trailer: "###",
/// "For more information", "Contact:", a footnote).
/// </summary>
internal static partial class BlockBoundary
{
    /// <summary>True for a line that starts the signatory block: a closing formula or a heading of the list.</summary>
    public static bool IsStart(string line) => IsClosing(line) || IsHeading(line, out _);

    /// <summary>
    /// "Sincerely,", "Atentamente,", "С уважением,", "With respect and urgency," (respect and any one word): a closing
    /// formula, in the languages letters come in.
    /// </summary>
    public static bool IsClosing(string line)
    {
        var text = line.Trim();
        // "Respectfully / Respectueusement,": a bilingual letter closes in both its languages.
        // "Yours sincerely, the organisations on the following slides": the closing, run in with where the list is.
        return (text.Length <= 160 && Closing().IsMatch(text)) || (text.Length <= 320 && ClosingSentence().IsMatch(text))
            || (text.Length <= 160 && text.Split(" / ") is [var first, var second] && Closing().IsMatch(first.Trim()) && Closing().IsMatch(second.Trim()))
            || (text.Length <= 160 && text.Split(',', 2) is [var closing, var signers] && Closing().IsMatch(closing.Trim()) && PointsToTheList().IsMatch(signers.Trim()));
    }

    /// <summary>
    /// How many lines the closing at <paramref name="at"/> takes: one, or two when a closing sentence wrapped before its
    /// last words ("… l'expression de notre haute" then "considération."), which end it in small letters.
    /// </summary>
    public static int ClosingLength(IReadOnlyList<string> lines, int at) =>
        at + 1 < lines.Count && lines[at].TrimEnd() is { Length: > 0 } closing && closing[^1] is not ('.' or ',' or ';' or ':' or '!')
            && lines[at + 1].Trim() is { Length: > 0 and <= 60 } rest && char.IsLower(rest[0]) && rest[^1] is '.' or ','
            ? 2
            : 1;

    /// <summary>A heading of the list ("This letter was endorsed by the following organizations:"); people headings set <paramref name="people"/>.</summary>
    public static bool IsHeading(string line, out bool people)
    {
        // "Annex: List of signatory organizations", "Annexe 1 – Liste des signataires": the annex of the list. A
        // footnote's star ("FIRMAS A TÍTULO PERSONAL*") is not part of it; "Signatories / Signatários:" is one heading
        // in two languages.
        // "2. The letter is signed by the following organisations:": a numbered note of a press release that holds the list.
        // "▾ Signatories (26)": a web page's accordion marks the heading it opens.
        // "Signatories (2/3) – Health unions and royal colleges": a list printed in parts, one to a slide or page, each
        // headed by the list's heading with its part and what the part holds.
        var text = NoteNumber().Replace(AnnexPrefix().Replace(DisclosureMark().Replace(line.Trim(), ""), ""), "").Replace("*", "", StringComparison.Ordinal).Trim();
        text = PartOfTheList().Match(text) is { Success: true } part ? part.Groups["heading"].Value : text;
        // "Individuals, in their personal capacity [5]": an endnote's mark is no part of the heading; nor is a web page's
        // control to sort the list set apart at the end of its line ("ORGANIZATIONAL SIGNERS (28)      Sort: signing order").
        text = WithoutPageControl(EndnoteMark().Replace(text, ""));
        if (WebPageFurniture.IsPetitionCounter(text))
        {
            // "Organizations: 26 · Individuals: 8,386": a petition page's counters, which head no list ("Signatories:
            // 26" alone may head one, with its count).
            people = false;
            return false;
        }

        // A table's header row in two languages ("Organization / Organisation␣␣␣City / Ville") has cells apart.
        if (text.Contains(" / ", StringComparison.Ordinal) && text.Length <= 120 && !text.Contains("  ", StringComparison.Ordinal) && !text.Contains('\t', StringComparison.Ordinal))
        {
            var parts = text.TrimEnd(':').Split(" / ", StringSplitOptions.TrimEntries);
            var peopleParts = parts.Select(part => IsHeading(part + ":", out var isPeople) ? isPeople : (bool?)null).ToList();
            if (peopleParts.Any(p => p is not null))
            {
                people = peopleParts.All(p => p is null or true);
                return true;
            }
        }

        // "And, in their personal capacity: Prof. Jane Doe (Kenya), …": a heading of people run in with its names.
        var before = HeadingColon(text) is > 0 and var at ? LeadingAnd().Replace(text[..(at + 1)], "") : null;
        people = (text.Length <= 160 && PeopleHeading().IsMatch(text)) || (before is not null && PeopleHeading().IsMatch(before));
        if (text.Length <= 160 && Represented().IsMatch(text))
        {
            return true;
        }

        if (IsSignOnInstruction(text))
        {
            return true;
        }

        // "Signed by: A; B; C …" may be long; its heading is what comes before the colon. "Signatories: see
        // SIGNATORIES.md" points to a list printed elsewhere and heads none.
        var colon = HeadingColon(text);
        var heading = colon > 0 ? text[..(colon + 1)] : text;
        if (colon > 0 && PointsElsewhere().IsMatch(text[(colon + 1)..]))
        {
            people = false;
            return false;
        }

        return people || (heading.Length <= 120 && OrganizationsHeading().IsMatch(heading));
    }

    // "see SIGNATORIES.md", "voir signataires.csv", "see https://…": after a heading's colon, the file or page the list is
    // kept in, not the list ("Signatories: see below" still heads the list under it).
    [GeneratedRegex(@"^\s*(?:see|voir|ver|véase|siehe|zie|vedi)\s+(?:" + FileName.Pattern + @"|https?://)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex PointsElsewhere();

    /// <summary>
    /// Where the colon after a heading is ("Signed by: A; B"), or -1; not one in a time of day ("SIGNATORIES (as of 10
    /// June 2025, 08:00 UTC)").
    /// </summary>
    public static int HeadingColon(string text) => ColonAfterHeading().Match(text) is { Success: true } colon ? colon.Index : -1;

    /// <summary>
    /// "--- ADD YOUR ORGANISATION BELOW: Name of organisation (Country) ---": a sign-on document's instruction to its
    /// signers, which heads the list they type under it; what follows its colon is the shape asked for, not a name.
    /// </summary>
    public static bool IsSignOnInstruction(string line) => line.Trim().Length <= 200 && SignOnInstruction().IsMatch(line.Trim());

    /// <summary>
    /// A line that ends the list: "###", "For more information", "Contact:", a footnote, or what a news page prints
    /// under its article: the heading of its topic tags ("Topics in this article", "Ämnen i artikeln", "Themen im
    /// Artikel"), its row of tags or categories in the page's language ("Etiquetas: Melilla · asilo", "Schlagworte:
    /// …", "Catégories : …"), where it marks the end of the letter it quotes ("— Fin de la carta —"), the links under a page (<see cref="WebPageFurniture.IsPageLinks"/>), and what a page, a post or a
    /// chat prints after its text: buttons, footer, counts, hashtags (<see cref="WebPageFurniture.IsAfterTheText"/>).
    /// </summary>
    public static bool IsTrailer(string text) => Trailer().IsMatch(text.Trim()) || StatementFacts().IsMatch(text.Trim()) || ContactLabel().IsMatch(text.Trim()) || Question().IsMatch(text.Trim()) || EndOfList().IsMatch(text.Trim()) || InvitationToSign().IsMatch(text.Trim()) || CommentPane().IsMatch(text.Trim()) || IsFootnote(text.Trim()) || WebPageFurniture.IsPageLinks(text) || WebPageFurniture.IsAfterTheText(text)
        || IsClosedSection(text) || MailingListFooter().IsMatch(text.Trim()) || DownloadLink().IsMatch(text.Trim());

    // "📄 Descargar la carta en PDF · 🇬🇧 Read in English", "Download the full letter (PDF)": a page's link to the
    // letter as a file, under the list; the list has ended.
    [GeneratedRegex(@"^\W{0,4}(?:download|descargar|télécharger|baixar|scarica|herunterladen|downloaden)\s+(?:the\s+|la\s+|le\s+|a\s+|il\s+|den\s+|de\s+)?(?:full\s+|complete\s+)?(?:letter|carta|lettre|lettera|brief|statement|declaración|déclaration|declaração|text|texto|texte|pdf)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex DownloadLink();

    // "Subject: Digest Footer", "sea-cso-solidarity mailing list", "End of sea-cso-solidarity Digest, Vol 87, Issue 12":
    // what a mailing list's digest prints after the last message it gathers; the list has ended.
    [GeneratedRegex(@"^(?:subject\s*:\s*digest\s+footer|end\s+of\s+\S.{0,60}\sdigest\b.*|\S{1,60}\s+mailing\s+list)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex MailingListFooter();

    // "If your organisation would like to add its name, write to us at …", "Organisations wishing to sign can write to
    // …", "Si votre organisation souhaite signer, …", "Si su organización desea sumarse, …", "Se a sua organização quiser
    // assinar, …": a page's word to its readers under the list, in a sentence; the list has ended.
    [GeneratedRegex(@"^(?:if\s+(?:your|you\s+or\s+your|you\s+and\s+your)\s+(?:organi[sz]ation|group|network|church)\s+(?:would\s+like|wishes|wants|would\s+wish)\s+to\s+(?:add|sign|join|endorse|be\s+added)|(?:other\s+)?(?:organi[sz]ations|groups)\s+(?:wishing|who\s+wish|that\s+wish|who\s+would\s+like)\s+to\s+(?:sign|join|endorse|be\s+added)|si\s+votre\s+(?:organisation|association|structure)\s+(?:souhaite|veut|désire)\s+(?:signer|se\s+joindre|rejoindre|s['’]associer|ajouter)|si\s+(?:su|tu)\s+(?:organización|entidad)\s+(?:desea|quiere)\s+(?:firmar|sumarse|adherirse|unirse)|se\s+(?:a\s+)?(?:sua|tua)\s+(?:organização|entidade)\s+(?:quiser|deseja|desejar)\s+(?:assinar|aderir|somar-se))\b.*[.!]$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex InvitationToSign();

    // "¿Tu organización quiere firmar?", "Is your organization not on the list? Sign-on remains open …": a question
    // of three words or more, as a page asks its readers under the list; no name is one. A form's question with its
    // answer after it ("Signez-vous la lettre ? Oui") is a row of answers, and a header row's question ("Name<TAB>Do
    // you agree?") a cell of a table: the words of the question are apart by single spaces.
    [GeneratedRegex(@"^¿?\p{L}[\p{L}'’-]*(?: [\p{L}'’-]+){2,} ?\?(?!\s*(?:oui|non|yes|no|sí|si|sim|não|nao|ja|nein|nee|ok)\b)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Question();

    // "Word count: 341 · Speaking time: 1'30"", "Temps de parole : 1'30"": an oral statement's length, under its text.
    [GeneratedRegex(@"^(?:word\s+count|number\s+of\s+words|speaking\s+time|time\s+allotted|nombre\s+de\s+mots|temps\s+de\s+parole|n[úu]mero\s+de\s+palabras|tiempo\s+de\s+(?:intervenci[óo]n|palabra)|wortanzahl|redezeit)\s*:", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex StatementFacts();

    // "Contacto para seguimiento: …", "For follow-up contact: …", "Point of contact: …", "Persona de contacto: …",
    // "NARAHUBUNG (Contact persons):", "For correspondence:", "For media enquiries:": a short label, in any of the list's
    // languages, whose word for contact says who to write to, as "Contact:" does.
    [GeneratedRegex(@"^(?:[\p{L}'’-]+ ){0,4}(?:contacts?|enquiries|inquiries|enquiry|inquiry|contactos?|contatos?|kontakte?|kontak|narahubung|contatti|contactpersoon|correspondences?|correspondances?|correspondencia|correspondência|контакты?)(?: \(?[\p{L}'’-]+\)?){0,4} ?:", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ContactLabel();

    // "▸ Read the Political Declaration", "▸ Download the letter (PDF)": another section of the page, closed, after the
    // list, whose label is a link's. A list may use the same triangles as bullets ("► Harbour Relief Network"), and a
    // section that opens more names ("▸ Individual signatories") is a heading.
    private static bool IsClosedSection(string text) => ClosedSection().IsMatch(text.Trim()) && !IsHeading(text, out _);

    /// <summary>
    /// "About the Lake Basin Coalition" over "The Lake Basin Coalition is a network of …": the boilerplate a press release
    /// prints about its sender after the text, a heading "About …" whose next line is a sentence, or a line that starts
    /// with the sender's name and ends as sentences end (a country in it, "… for peace in Sudan.", is not a signatory's).
    /// The heading alone is not enough, as a name may start with the word ("About Face: Veterans Against the War").
    /// </summary>
    public static bool IsAboutTheSender(string text, string? next)
    {
        if (AboutHeading().Match(text.Trim()) is not { Success: true } about || next?.Trim() is not { Length: > 0 } sentence)
        {
            return false;
        }

        var sender = about.Groups["sender"].Value.Trim();
        return SignatureStart.IsProse(sentence) || (sentence.StartsWith(sender + " ", StringComparison.OrdinalIgnoreCase) && sentence.EndsWith('.'));
    }

    [GeneratedRegex(@"^(?:about|à\s+propos\s+(?:de|d['’]|du|des)|acerca\s+de|sobre|über|informazioni\s+su|om)\s*(?<sender>\S.{0,100})$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex AboutHeading();

    /// <summary>
    /// "VERSION FRANÇAISE", "Versión en español", "— English version —", "Deutsche Fassung": the heading of the letter
    /// printed again in another language. After the names, the letter's own list has ended; the other version's text
    /// and its list, the same names again, follow.
    /// </summary>
    public static bool IsOtherLanguageVersion(string text) => text.Trim().Length <= 60 && OtherLanguageVersion().IsMatch(text.Trim());

    private const string LanguageNames = @"(?:fran[çc]ais(?:e)?|french|english|anglais(?:e)?|ingl[ée]s(?:a)?|espa[ñn]ol(?:a)?|spanish|espagnol(?:e)?|castellano|portugu[êeé]s(?:a)?|portuguese|portugais(?:e)?|deutsch(?:e)?|german|allemand(?:e)?|alem[áa]n(?:a)?|arabic|arabe|[áa]rabe|russian|russe|ruso|italian(?:o|a)?|italien(?:ne)?|kiswahili|swahili)";

    [GeneratedRegex(@"^[-–—=*#\[\s]*(?:(?:version|versión|versão|versione|fassung|text|texte|texto|testo|translation|traduction|traducción|tradução|traduzione|übersetzung)\s+(?:(?:en|em|in|auf|in\s+lingua)\s+)?" + LanguageNames + @"|" + LanguageNames + @"\s+(?:version|versión|versão|versione|fassung|text|texte|translation|traduction|übersetzung)|en\s+fran[çc]ais|in\s+english|en\s+espa[ñn]ol|em\s+portugu[êe]s|auf\s+deutsch)[-–—=*#\]\s:]*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex OtherLanguageVersion();

    /// <summary>
    /// "3. Resolution 2165 was first adopted in July 2014 …": a numbered sentence after the names, as a press release's
    /// next note to editors follows the note that holds the list; it ends the list as a trailer does.
    /// </summary>
    public static bool IsNumberedNote(string text) =>
        NoteNumber().Match(text.Trim()) is { Success: true } number && SignatureStart.IsProse(text.Trim()[number.Length..]);

    // "1 Comisión Interamericana de Derechos Humanos, Honduras: …, 30 de diciembre de 2009.": a note's number, then a
    // sentence; a numbered organization is a name, not a sentence. A table's row split into cells ("20 | Centro
    // Mundial … | Nueva York | EE. UU.") is no note, even when its last cell ends with an abbreviation's period.
    private static bool IsFootnote(string text) =>
        FootnoteNumber().IsMatch(text) && text.EndsWith('.') && !text.Contains('\t', StringComparison.Ordinal) && text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= 8;

    [GeneratedRegex(@"^(?:(?:yours\s+)?(?:very\s+)?(?:sincerely|faithfully|truly|respectfully|cordially)(?:\s+yours)?|(?:med\s+)?(?:vänliga|vänlig|venlig|vennlig|vennlige|bästa|beste)\s+(?:hälsningar|hälsning|hilsen|hilsener)|ystävällisin\s+terveisin|hormat\s+(?:kami|saya)|salam\s+hormat|(?:with\s+)?(?:best|kind|warm|warmest|kindest)?\s*regards|please accept\b.*|veuillez agréer\b.*|(?:bien\s+)?cordialement|salutations distinguées|respectueusement|atentamente|cordialmente|saludos cordiales|sinceramente|atenciosamente|respeitosamente|com\s+os\s+(?:melhores\s+)?cumprimentos|(?:os\s+)?melhores\s+cumprimentos|saudações\s+cordiais|(?:with\s+(?:great\s+|deep\s+|all\s+due\s+)?respect(?:\s+and\s+\p{L}+)?)|с\s+уважением(?:\s+и\s+(?:надеждой|солидарностью))?|(?:wako|wenu)\s+(?:kwa\s+dhati|mwaminifu|waaminifu)|kwa\s+heshima(?:\s+kubwa)?|kwa\s+niaba\s+ya\s+(?:mashirika|asasi)(?:\s+(?:yaliyotia\s+saini|yafuatayo|zilizotia\s+saini))?|(?:yours\s+)?in\s+(?:[\p{L}-]+\s+)?solidarity|en\s+solidarité(?:\s+[\p{L}-]+)?|en\s+solidaridad(?:\s+[\p{L}-]+)?|(?:yours\s+)?in\s+christ(?:['’]s\s+(?:name|peace|love))?|(?:yours\s+)?in\s+(?:faith|prayer|peace)(?:\s+and\s+(?:hope|prayer|solidarity))?|with\s+(?:our\s+)?prayers|(?:peace\s+and\s+)?blessings|shalom|salaam|en\s+cristo|n[āa](?:\s+m[āa]tou|ku)\s+noa(?:,?\s+n[āa])?|ng[āa]\s+mihi(?:\s+(?:nui|mahana))?|noho\s+ora\s+mai|dans\s+le\s+christ|in\s+christo|mit\s+(?:freundlichen|besten|solidarischen)\s+grü(?:ß|ss)en|hochachtungsvoll|(?:cordiali|distinti)\s+saluti|con\s+(?:i\s+migliori|osservanza|stima)(?:\s+saluti)?|in\s+fede|(?:signed\s+|submitted\s+)?on\s+behalf\s+of\s+(?:the\s+)?(?:following\s+|undersigned\s+|signatory\s+|above\s+)?organi[sz]ations(?:\s+(?:below|listed\s+below|signing\s+below|above))?(?:\s+by)?|(?:signed\s+|submitted\s+)?on\s+behalf\s+of\s+the\s+(?:undersigned|signatories)|au\s+nom\s+des\s+organisations(?:\s+signataires|\s+soussignées)?|im\s+namen\s+der\s+(?:unterzeichnenden|unten\s+genannten|folgenden)\s+organisationen|a\s+nome\s+(?:delle|di\s+tutte\s+le)\s+organizzazioni(?:\s+firmatarie|\s+aderenti)?|pour\s+les\s+organisations\s+(?:signataires|soussignées)|en\s+nombre\s+de\s+las\s+organizaciones(?:\s+firmantes)?|por\s+las\s+organizaciones\s+firmantes|em\s+nome\s+das\s+organiza[çc][õo]es(?:\s+signatárias|\s+abaixo\s+assinadas)?|pelas\s+organiza[çc][õo]es\s+signatárias|hoogachtend|met\s+(?:vriendelijke|hartelijke)\s+groet(?:en)?|met\s+de\s+meeste\s+hoogachting|namens\s+de\s+(?:ondertekenende|ondergetekende)\s+organisaties|für\s+die\s+(?:unterzeichnenden|unterzeichneten|beteiligten)\s+organisationen|z\s+(?:wyrazami\s+szacunku|poważaniem)|saygılarımızla|saygılarımla|w\s+imieniu\s+(?:sygnatariuszy|organizacji\s+(?:podpisanych|sygnatariuszy))|(?:pela|pelo|por\s+la|por\s+el|pour\s+la|pour\s+le|per\s+la|for\s+the)\s+(?:plataforma|platform|plateforme|piattaforma|coalition|coalición|coalizione|coligação|coalizão|rede|red|réseau|rete|network|alianza|alliance|aliança|allianz|alleanza)(?:\s+\p{Lu}[\p{L}\d'’-]*){0,8}|por\s+las\s+organizaciones\s+(?:convocantes|promotoras)|(?:pour|por|for|pela|pelo|per|für)\s+(?:l[ea]\s+|el\s+|the\s+|[ao]\s+|il\s+|den\s+|die\s+)?\S+(?:\s+\S+){0,6}\s+(?:et|y|and|e|und)\s+(?:les|las|los|the|as|os|le|die)\s+(?:organisations|organizaciones|organizations|organizações|organizzazioni|organisationen)\s+(?:signataires|soussignées|firmantes|signatories|signatárias|firmatarie|unterzeichnenden))\s*[,.:]?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Closing();

    // "the organisations on the following slides", "the undersigned organizations listed below", "les signataires
    // ci-dessous": who signs, said as where their list is.
    [GeneratedRegex(@"^(?:the\s+|les\s+|las\s+|los\s+|as\s+|os\s+)?(?:undersigned|signatories|organi[sz]ations?|signataires|organisations\s+signataires|organizaciones(?:\s+firmantes)?|firmantes|organizações(?:\s+signatárias)?|signatários)\b.*\b(?:below|following|next|overleaf|attached|ci-dessous|suivantes?|abajo|a\s+continuación|siguientes?|abaixo|seguintes?)\b.*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex PointsToTheList();

    [GeneratedRegex(@"^(?<heading>.*\S)\s*\((?:\d+\s*/\s*\d+|\d+\s+of\s+\d+|cont(?:inued|'d|\.)|suite|continuación|continuação)\)(?:\s+[-–—:]\s+.*)?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex PartOfTheList();

    [GeneratedRegex(@"\s?\[\d{1,2}\]$", RegexOptions.CultureInvariant)]
    private static partial Regex EndnoteMark();

    /// <summary>The line without a web page's control to sort or filter the list, set apart at its end.</summary>
    public static string WithoutPageControl(string line) => PageControl().Replace(line, "").Trim();

    [GeneratedRegex(@"\s{3,}(?:sort(?:ed)?(?:\s+by)?|filter|trier\s+par|ordenar\s+por)\s*:?.*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex PageControl();

    // A closing written as a sentence: "Dans l'attente de votre réponse, nous vous prions d'agréer, Monsieur le
    // Président, l'expression de notre très haute considération.", "Hacemos propicia la ocasión para reiterarle…".
    [GeneratedRegex(@"(?:prions\s+d'agréer|prie\s+d'agréer|veuillez\s+agréer|veuillez\s+recevoir|l'expression\s+de\s+(?:notre|nos|ma|mes)\s+(?:très\s+)?(?:haute|hautes|plus\s+haute|respectueuse|distinguée|sincère)|(?:porgiamo|porgo|inviamo|invio)\s+(?:i\s+(?:più\s+)?)?(?:distinti|cordiali)\s+saluti|hacemos\s+propicia\s+la\s+(?:ocasión|oportunidad)|(?:reiteramos|reiteramos\s+a|reitero)\s+.*(?:consideración|estima)|aprovechamos\s+la\s+(?:ocasión|oportunidad)\s+para\s+(?:reiterar|saludar)|please\s+accept(?:,\s*[^,]+,)?\s+the\s+assurances?\s+of)[^.]*\.?\s*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ClosingSentence();

    // The whole line is the heading, perhaps with the list after its colon ("Signed by: A; B"), or a note in brackets
    // ("Signed by the organisations listed below (export of the sign-on form)."); a sentence that merely starts with
    // "Signatories …" is not one. "Adhieren también:", "Signent aussi :": the heading of more. "Firman esta carta las
    // siguientes organizaciones:", "Cette lettre est signée par :": a sentence that says who signs, run in with the list.
    [GeneratedRegex(@"^(?:(?:also|additionally|further)\s+)?(?:(?:the|les|las|los|as|os)\s+)?(?:(?:(?:this|the)\s+(?:letter|statement|appeal|submission|resolution|declaration|petition)\s+(?:was|is|has\s+been)\s+(?:\w+\s+)?)?(?:signed|endorsed|supported|co-?signed|joined|proposed|submitted|presented|initiated|made)(?:\s+jointly)?(?:\s+by)?(?:\s+the\s+following(?:\s+[\w-]+){0,3}|\s+the\s+(?:organi[sz]ations|groups|signatories|members)\s+(?:listed\s+|named\s+)?(?:below|underneath|beneath))?|(?:(?:full\s+|complete\s+)?list\s+of\s+)?(?:(?:additional|other|further|more)\s+)?(?:co-?)?signator(?:y|ies)(?:\s+organi[sz]ations)?|late\s+(?:additions|signatories|signatures|sign-?ons|endorsements)|(?:the\s+)?undersigned(?:\s+(?:organi[sz]ations|members|partners|groups|networks|churches)(?:\s+(?:and|&)\s+(?:organi[sz]ations|members|partners|groups|networks|churches|individuals|people|persons))?)?|(?:the\s+following\s+)?organi[sz]ations(?:\s+and\s+individuals)?\s+(?:signing|endorsing|signed|endorsed)(?:\s+[\w-]+){0,3}|(?:the\s+)?(?:organi[sz]ations|signatories|undersigned)(?:\s+and\s+(?:individuals|people|persons))?\s+(?:listed|named)\s+(?:in|on)\s+(?:the\s+)?(?:sheets?|tabs?|annex(?:es)?|appendix|attachment|following\s+(?:pages?|slides?)|next\s+(?:pages?|slides?)|" + FileName.Pattern + @").*|(?:the\s+)?(?:signatories|signers|signing\s+organi[sz]ations)\s+are\s+listed\s+(?:(?:in|on)\s+(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,3}\s+)?(?:below|underneath|beneath)|(?:signing|endorsing|supporting)\s+(?:organi[sz]ations|churches|agencies|groups|bodies|networks|institutions|partners)(?:\s+(?:and|&)\s+(?:organi[sz]ations|churches|agencies|groups|bodies|networks|institutions|partners))?|organi[sz]ations?|organi[sz]ational\s+(?:signatories|signers|endorsements|endorsers)|(?:(?:additional|other|further)\s+)?(?:endorsements|endorsers|supporters)|(?:premi[èe]res\s+)?organisations?(?:\s+et\s+personnes)?\s+(?:co-?)?(?:signataires|initiatrices|promotrices)|(?:respostas|responses|réponses|respuestas|submissions|answers)\s+(?:ao|do|to\s+the|of\s+the|au|du|al|del)\s+(?:sign-on\s+)?(?:formulário|form|formulaire|formulario)(?:\s+[\w'’-]+){0,4}|(?:premiers\s+)?(?:co-?)?signataires|(?:firman|suscriben|respaldan)\s+(?:esta|la\s+presente)\s+(?:carta|declaración|declaracion|petición|peticion)(?:\s+(?:las|los)\s+siguientes\s+(?:organizaciones|entidades|redes)(?:\s+y\s+personas)?)?|(?:esta|la\s+presente)\s+(?:carta|declaración|declaracion)\s+(?:es|fue|está|esta|ha\s+sido)\s+(?:firmada|suscrita|respaldada)\s+por(?:\s+(?:las|los)\s+siguientes\s+(?:organizaciones|entidades))?|(?:assinam|subscrevem)\s+(?:esta|a\s+presente)\s+(?:carta|declaração|declaracao)(?:\s+as\s+seguintes\s+(?:organizações|organizacoes|entidades))?|(?:cette|la\s+présente)\s+(?:lettre|déclaration)\s+(?:est|a\s+été)\s+(?:signée|soutenue)\s+par(?:\s+les\s+(?:organisations|associations)\s+suivantes)?|(?:ont\s+signé|signent)\s+(?:cette|la\s+présente)\s+(?:lettre|déclaration)|(?:con\s+el\s+apoyo|com\s+o\s+apoio|avec\s+le\s+soutien|with\s+the\s+support|con\s+il\s+sostegno|met\s+de\s+steun)\s+(?:de|of|di|van)|firmantes|firman|firmamos|suscriben|suscribimos|adhieren|assinamos|subscrevemos|signatários|signatárias|assinam|assinaturas|organizações(?:\s+e\s+pessoas)?\s+signatárias|(?:organiza[çc][õo]es|movimentos|coletivos|entidades|redes|organizaciones|movimientos|colectivos|organisations|mouvements|collectifs|r[ée]seaux|organi[sz]ations|movements|collectives|networks|groups|unions|syndicats|sindicatos)(?:\s*,\s*(?:organiza[çc][õo]es|movimentos|coletivos|entidades|redes|organizaciones|movimientos|colectivos|organisations|mouvements|collectifs|r[ée]seaux|organi[sz]ations|movements|collectives|networks|groups|unions|syndicats|sindicatos))*\s+(?:e|y|et|and|&)\s+(?:organiza[çc][õo]es|movimentos|coletivos|entidades|redes|organizaciones|movimientos|colectivos|organisations|mouvements|collectifs|r[ée]seaux|organi[sz]ations|movements|collectives|networks|groups|unions|syndicats|sindicatos)\s+(?:signatári[oa]s|firmantes|signataires|signatories|signing)|(?:entidades|instituições|instituciones)\s+(?:signatárias|signatarias|firmantes|subscritoras|aderentes|adherentes|que\s+(?:assinam|subscrevem|firman|suscriben))|subscrevem|organizaciones(?:\s+y\s+personas)?(?:\s+firmantes)?|lista\s+de\s+(?:firmantes|organizaciones|signatários|signatárias|signatarios|organizações|entidades)(?:\s+(?:firmantes|signatárias))?|(?:adhesiones|adesões|adesoes|adhésions)(?:\s+(?:de|d[ae]s)\s+(?:organizaciones|organizações|organisations))?|(?:the\s+)?(?:organi[sz]ations|groups)(?:\s+(?:and|&)\s+(?:individuals|people|persons))?\s+(?:who|that)\s+(?:have\s+)?signed(?:\s+(?:it|this\s+letter|the\s+letter|below))?|liste\s+des\s+(?:signataires|organisations)(?:\s+signataires)?|(?:die\s+)?(?:unterzeichnenden|unterzeichnende|beteiligten)\s+organisationen|(?:erst)?unterzeichner(?:innen)?(?:\s+und\s+unterzeichner)?|unterzeichnet\s+von|unterstützt\s+von|(?:le\s+)?organizzazioni\s+(?:firmatarie|aderenti|promotrici)|(?:i\s+)?firmatari|(?:hanno\s+)?(?:sottoscritto|firmato|aderito)(?:\s+(?:la|alla)\s+(?:lettera|appello|dichiarazione))?|aderiscono|sottoscrivono|firmano|ondertekenaars|(?:de\s+)?(?:ondertekenende|ondergetekende)\s+organisaties(?:\s+en\s+(?:personen|individuen))?|ondertekend\s+door|(?:outras\s+)?organiza[çc][õo]es(?:\s+e\s+pessoas)?\s+(?:subscritoras|aderentes|signatárias)|lista\s+(?:sygnatariuszy|organizacji\s+podpisanych)|sygnatariusze|(?:organizacje\s+)?(?:podpisane|sygnatariusze)|[iİ]mzac[ıi]\s+(?:kuruluşlar|kurumlar|örgütler)|[iİ]mzac[ıi]lar|(?:imesainiwa|imetiwa\s+saini|inaungwa\s+mkono)\s+na(?:\s+(?:mashirika|asasi)(?:\s+(?:yafuatayo|zifuatazo))?)?|(?:orodha\s+ya\s+)?(?:mashirika|asasi)\s+(?:yaliyotia\s+saini|zilizotia\s+saini|yanayounga\s+mkono)|waliotia\s+saini|undertecknare|undertecknat\s+av|undertecknande\s+organisationer|underskrivere|underskrevet\s+af|underskrivende\s+organisationer|undertegnede|undertegnet\s+av|allekirjoittajat|(?:ditandatangani|didukung)\s+oleh(?:\s+(?:organisasi|lembaga)(?:\s+berikut)?)?|(?:daftar\s+)?(?:organisasi|lembaga)\s+(?:penandatangan|pendukung)|подписи|подписали|(?:список\s+)?подписавши[ех](?:ся)?(?:\s+организаци[йи])?|(?:организации|нижеподписавшиеся\s+организации),?\s+подписавшие(?:\s+(?:письмо|обращение|заявление))?)(?:\s+(?:también|tambien|además|asimismo|aussi|également|egalement|auch|ebenfalls|também|anche))?(?:\s+(?:and|with)\s+(?:their\s+)?(?:countr(?:y|ies)|locations?|cities)|,?\s+by\s+(?:country|region)|,?\s+par\s+(?:pays|région)|,?\s+por\s+(?:país|región|regi[ãa]o))?\s*(?:\([^()]*\))?\s*(?::.*|[.,])?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex OrganizationsHeading();

    [GeneratedRegex(@"(?<!\d):|:(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex ColonAfterHeading();

    // A heading of people: "Individuals (in their personal capacity):", "PERSONAS FIRMANTES A TÍTULO INDIVIDUAL",
    // "Pessoas signatárias a título pessoal", "Personnes signataires à titre individuel", "People signing in an
    // individual capacity": the signers' word, then the capacity in which they sign; "Signatories (individuals)" under
    // "Signatories (organisations)"; "Частные лица", "В личном качестве" in Russian; "Health workers signing in a
    // personal capacity": who they are, then the capacity; "SIGNING IN AN INDIVIDUAL CAPACITY", "Personal endorsements".
    [GeneratedRegex(@"^(?:(?:subscrevem|assinam|suscriben|firman|signent|signed)(?:\s+(?:também|también|aussi|also|igualmente))?\s*,?\s+)?(?:(?:\p{L}[\p{L}'’-]*\s+){1,3}(?:signing|who\s+sign(?:ed)?)\s+in\s+(?:their|a)\s+personal\s+capacit(?:y|ies)|(?:list\s+of\s+|featured\s+|notable\s+)?individuals?(?:\s+(?:signatories|signers|signatures|endorsements|endorsers|supporters|signing))?(?:,?\s+(?:signing\s+)?in\s+(?:their|a)\s+personal\s+capacit(?:y|ies))?|(?:signed\s+|signing\s+)?in\s+(?:their|a|an|my|her|his|our)\s+(?:personal|individual)\s+capacit(?:y|ies)|(?:personal|individual)\s+(?:endorsements?|endorsers|signatures|signatories)|i\s+personlig\s+egenskap|som\s+privatpersoner?|(?:unterzeichnende\s+)?einzelpersonen|einzelunterzeichner(?:innen)?|privatpersonen|i\s+personlig\s+kapacitet|secara\s+pribadi|perorangan|individu|(?:signatories|signatures|signers|signataires|firmantes|firmas)\s*\(\s*(?:individuals?|individual\s+signatories|persons|people|personnes|particuliers|individuels|personas|individuales)\s*\)|частные\s+лица|физические\s+лица|(?:подписи\s+)?(?:частных|физических)\s+лиц|(?:подписали\s+)?в\s+личном\s+качестве|индивидуальные\s+подписи|personal\s+capacity|eminent\s+persons|personalities|personnalités|personnes(?:\s+physiques)?|(?:signataires\s+)?(?:individuels|à\s+titre\s+(?:individuel|personnel))|personas(?:\s+firmantes)?|personas\s+que\s+(?:suscriben|firman)(?:\s+a\s+título\s+(?:personal|individual))?|(?:(?:personas|pessoas|personnes)\s+)?(?:firmantes|signatári[oa]s|signataires|(?:que\s+)?(?:firman|suscriben|assinam|subscrevem|signent|signant))\s+(?:a\s+título\s+(?:personal|individual|pessoal)|à\s+titre\s+(?:personnel|individuel)|em\s+cará(?:c)?ter\s+(?:pessoal|individual))|(?:persons|people)\s+signing\s+in\s+(?:their|a|an)\s+(?:personal|individual)\s+capacit(?:y|ies)|individuals\s+who\s+(?:sign|have\s+signed)(?:\s+in\s+(?:their|a)\s+personal\s+capacity)?|(?:the\s+following\s+)?individuals\s+(?:\w+\s+){1,4}in\s+(?:their|a)\s+personal\s+capacity|(?:firmas\s+)?(?:individuales|a\s+título\s+(?:personal|pessoal|individual))|(?:personas|pessoas|personnes|people|persons)\s+(?:a\s+título\s+(?:personal|pessoal|individual)|à\s+titre\s+(?:personnel|individuel)|em\s+cará(?:c)?ter\s+(?:pessoal|individual))|(?:assinaturas|adesões|adesoes|signatures|adhésions|adhesiones)\s+(?:individuais|individuelles|individuales|pessoais|personnelles|personales)|(?:(?:hanno\s+aderito|aderiscono|firmano)\s+)?a\s+titolo\s+(?:personale|individuale)|(?:firme|adesioni)\s+individuali|(?:per\s+il|für\s+den)\s+(?:comitato\s+promotore|coordinamento|koordinierungskreis|trägerkreis)|(?:pela|por\s+la|pour\s+la|for\s+the)\s+(?:coordenação|coordinación|coordination)(?:\s+(?:da|de\s+la|of\s+the)\s+(?:carta|lettre|letter|declaração|declaración|déclaration|statement))?)\s*(?:\([^()]*\))?\s*:?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex PeopleHeading();

    // What ends the list (see <see cref="IsTrailer"/>), and "What you can do" or "Take action" (the slide or section of
    // asks to the reader after the list), "List of markup" (a word processor's list of comments printed after the text),
    // an e-mail's notice that it is confidential, "Related: …" (a news page's links to other stories), "Add your
    // organization's name to future letters →" (a page's link to its sign-on form), a row of a page's buttons ("[ Show
    // all signers ]   [ Download list (CSV) ]"), a line that says what follows is no part of the letter (">>> NOTAS DA
    // ARTICULAÇÃO (não fazem parte da carta)", an organizer's notes left in a shared document).
    [GeneratedRegex(@"^(?:#{3}|-30-|(?:what\s+you\s+can\s+do|take\s+action(?:\s+now)?|get\s+involved|how\s+(?:you\s+can|to)\s+help)\s*(?:[:!].*)?$|list\s+of\s+markup\s*$|\[\s[^\[\]]{2,40}\s\](?:\s+\[\s[^\[\]]{2,40}\s\])+\s*$|add\s+your\s+(?:organi[sz]ation|group|network|name|logo|signature)\b.*(?:→|»|›)\s*$|(?:this|the|ce|cet|este|esta|questo|diese)\s+(?:message|e-?mail|courriel|mensaje|correo|mensagem|messaggio|nachricht)\b.*\b(?:confidential|confidentiel|confidencial|riservat|vertraulich)|--\s*$|c\.\s?c\.\s|cc\s*:|copies?\s+(?:to|à)\b|copia\s+a\b|[-–]\s*ends?\s*[-–]|ends\s*$|notes?\s+(?:to|for)\s+editors?|©|copyright\b|more\s+reading|related\s+(?:content|news|reading|articles?)|most\s+viewed|(?:downloads?|téléchargements?|descargas?|anh[äa]nge|attachments?|pi[èe]ces\s+jointes|related\s+documents)\s*:?$|share\s+this|share\s*:|read\s+more\s*$|see\s+also\s*:?$|related\s*:?$|related\s*:\s+\S|relacionad[oa]s\s*:?$|connexes?\s*:?$|verwandte\s+(?:artikel|beiträge)|(?:à\s+)?lire\s+aussi|voir\s+aussi\s*:?$|sur\s+le\s+même\s+sujet|ver\s+también|leia\s+também|veja\s+também|(?:artículos|noticias|notícias|artigos|articles)\s+(?:relacionad[oa]s|liés|associés)|(?:articoli|notizie)\s+correlat[ie]|leggi\s+anche|das\s+könnte\s+sie\s+auch\s+interessieren|mehr\s+zum\s+thema|weitere\s+artikel|(?:teilen|partager|compartir|compartilhe|compartilhar|condividi|delen)\s*:|(?:tags?|tagged|etiquetas|étiquettes|mots[-\s]clés|keywords?|palabras\s+clave|palavras[-\s]chave|parole\s+chiave|schlagw[öo]rte(?:r)?|stichw[öo]rte(?:r)?|categor(?:y|ies)|catégories?|categor[íi]as?|kategorien?|nyckelord|taggar|emneord|filed\s+under|archivado\s+en|classé\s+dans)\s*:|region\s*/\s*country\s*$|topics?\s*$|(?:(?:topics|tags|themes)\s+(?:in|of|on)\s+(?:this|the)\s+(?:article|story|page)|ämnen(?:\s+i\s+(?:artikeln|texten))?|emner(?:\s+i\s+(?:artikkelen|artiklen))?|emneord|aiheet|themen(?:\s+(?:in\s+diesem|im)\s+artikel)?|schlagwörter|onderwerpen|(?:sujets|thèmes|mots-clés)(?:\s+de\s+l['’]article)?|temas(?:\s+del?\s+(?:artículo|artigo))?)\s*:?$|follow\s+us\b|subscribe\b|confidentiality\s+notice|disclaimer\s*:|this\s+e-?mail\s+(?:and\s+any\s+attachments?\s+)?(?:is|are)\s+(?:confidential|intended)|for\s+(?:more|further)\s+info(?:rmation)?\b|contacts?\s*(?::|$)|media\s+contacts?|press\s+contacts?|notes?\s*:|foot\s*notes?|end\s*notes?|\[\d+\]|[¹²³⁴⁵⁶⁷⁸⁹]|pour\s+plus\s+d'informations|para\s+más\s+información|contact\s+presse|contacto\s*:|contactos\s*:|contacts?\s+(?:presse|médias|de\s+presse)|contacts?\s+(?:for|with)\s+(?:the\s+)?(?:media|press)|press\s+(?:inquiries|enquiries)|perscontact|contactpersoon(?:\s+voor\s+(?:de\s+)?(?:pers|media))?\s*:|contact\s+for\s+(?:this|the)\s+(?:letter|statement|appeal)|pressekontakt|presseanfragen|kontakt\s*:|ansprechpartner(?:in)?\s*:|per\s+(?:ulteriori\s+)?informazioni|contatti?\s*(?:stampa\s*)?:|ufficio\s+stampa|media\s+(?:inquiries|enquiries)|kontakt\s+dla\s+(?:mediów|prasy)|basın\s+(?:iletişim|irtibat)|iletişim\s*:|mawasiliano\s+(?:kwa\s+vyombo\s+vya\s+habari|na\s+vyombo\s+vya\s+habari)|mawasiliano\s*:|kwa\s+maelezo\s+zaidi|.{0,80}\((?:not\s+part\s+of\s+the\s+letter|n[ãa]o\s+fa(?:z|zem)\s+parte\s+da\s+carta|ne\s+fon?t\s+pas\s+partie\s+de\s+la\s+lettre|no\s+forman?\s+parte\s+de\s+la\s+carta|non\s+fa(?:nno)?\s+parte\s+della\s+lettera)\)\s*$)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Trailer();

    [GeneratedRegex(@"^(?:\d{1,2}|\[\d{1,2}\]|\(\d{1,2}\))\s+\S", RegexOptions.CultureInvariant)]
    private static partial Regex FootnoteNumber();

    // "Comments", "Commentaires (4)", "Comentários": the pane of a shared document's comments, copied under its text;
    // its authors ("Tendai M.  11:02 17 Jun") and their replies are no signatories.
    [GeneratedRegex(@"^(?:comments|commentaires|comentarios|comentários|kommentare|opmerkingen|commenti)(?:\s*\(\d+\))?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex CommentPane();

    // "- end of list -", "Fim das respostas.", "*** Fin de la liste ***": what a document prints where its list ends;
    // "— Fin de la carta —", "[End of letter]", "– Ende des Briefes –": where a web page ends the letter it quotes.
    [GeneratedRegex(@"^[-–—*=(\[\s]*(?:end\s+of\s+(?:the\s+)?(?:list|responses|answers|signatories|signatures|entries|letter|statement|text|document)|fin\s+de\s+(?:la\s+)?(?:carta|lettre|déclaration|declaración)|fin\s+d(?:u|el)\s+(?:texte|texto|communiqué|comunicado)|fim\s+d[ao]\s+(?:carta|texto|declaração)|ende\s+des\s+(?:(?:offenen\s+)?briefe?s|textes|aufrufs)|fine\s+della\s+lettera|einde\s+van\s+de\s+brief|slut\s+på\s+brevet|fim\s+d[ao]s?\s+(?:lista|respostas|assinaturas|signatários)|fin\s+de\s+(?:la\s+)?(?:liste|lista)|fin\s+des\s+(?:réponses|signataires|signatures)|fin\s+de\s+las\s+(?:respuestas|firmas)|ende\s+der\s+liste|einde\s+van\s+de\s+lijst|fine\s+dell['’]\s*elenco|slut\s+på\s+listan|listan\s+slut)[\s.]*[-–—*=)\]\s]*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex EndOfList();

    [GeneratedRegex(@"^\d{1,2}[.)]\s+", RegexOptions.CultureInvariant)]
    private static partial Regex NoteNumber();

    [GeneratedRegex(@"^[▾▸▼►▶▽▷▿▹]\s*", RegexOptions.CultureInvariant)]
    private static partial Regex DisclosureMark();

    [GeneratedRegex(@"^[▸►▶▷▹]\s*(?:read|download|view|see|show|more|learn|lire|télécharger|voir|ver|leer|descargar|baixar|mehr|lesen|herunterladen|leggi|scarica|lees|download)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ClosedSection();

    [GeneratedRegex(@"^(?:annex(?:e)?|appendix|anexo|apéndice)(?:\s+(?:[ivx]+|\d+|[a-z]))?\s*[:.–—-]\s*", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    public static partial Regex AnnexPrefix();

    // "This letter is signed by the following organisations, represented by:", "… représentées par :"; "Signed, for
    // their organisations, by:", "Signé, pour leurs organisations, par :": the heads who sign for their organizations.
    [GeneratedRegex(@"\b(?:organi[sz]ations|organizaciones)\b.*\b(?:represented\s+by|représentées?\s+par|representadas?\s+por)\s*:?$|^(?:signed|endorsed|signée?s?|firmad[oa]s?|assinad[oa]s?)\s*,?\s+(?:for|on\s+behalf\s+of|pour|au\s+nom\s+de|por|en\s+nombre\s+de|em\s+nome\s+de|pel[ao]s?)\s+(?:their|leurs|sus|suas|seus)\s+(?:organi[sz]ations|organizaciones|organizações)\s*,?\s+(?:by|par|por)\s*:?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    public static partial Regex Represented();

    // "--- ADD YOUR ORGANISATION BELOW: Name (Country) ---", "Please sign below", "Ajoutez votre organisation ci-dessous",
    // "Añada el nombre de su organización abajo", "Agrega tu organización al final de la tabla", "Adicione sua organização abaixo": a sign-on document's instruction to
    // its signers, perhaps between rules, heads the list they type under it.
    [GeneratedRegex(@"^[-–—=*_#>\s]*(?:please\s+|kindly\s+)?(?:(?:add|sign|write|type|insert|enter|put)(?:\s+on)?\s+(?:(?:your|the\s+name\s+of\s+your)\s+)?(?:organi[sz]ation(?:['’]s)?(?:\s+name)?s?|names?|groups?|signatures?|endorsements?)?\s*(?:here\s+)?(?:below|underneath|beneath|under\s+this\s+line)|(?:veuillez\s+|merci\s+d['’])?(?:ajoute[rz]|inscrive[z]|inscrire|indique[rz]|signe[rz])\s+(?:(?:le\s+nom\s+de\s+)?votre\s+(?:organisation|association|structure|nom)\s+)?(?:ci-dessous|ci-après|en\s+dessous)|(?:por\s+favor,?\s+)?(?:añad[ae]n?|agregu?en?|agrega|escrib[ae]n?|inclu[yi]an?|firm[ae]n?)\s+(?:(?:el\s+nombre\s+de\s+)?(?:su|tu)\s+(?:organizaci[óo]n|entidad|nombre)\s+)?(?:abajo|debajo|a\s+continuaci[óo]n|(?:\*\*)?al\s+final(?:\*\*)?\s+de\s+la\s+(?:tabla|lista))|(?:por\s+favor,?\s+)?(?:adicion[ae]m?|acrescent[ae]m?|inclu[ai]m?|insir[ae]m?|escrev[ae]m?|assin[ae]m?)\s+(?:(?:o\s+nome\s+d[ae]\s+)?(?:sua|seu)\s+(?:organiza[çc][ãa]o|entidade|nome)\s+)?(?:abaixo|a\s+seguir))\b.*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex SignOnInstruction();

    [GeneratedRegex(@"^(?:and|also|et|y|e|und)\s*,?\s*", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex LeadingAnd();
}
