using System.Text.RegularExpressions;

namespace Archive.SiteGen.Import;

/// <summary>
/// Reads a line of the list as the organizations it names, the way the list prints their places: a dash before the
/// place ("Dan Church Aid – Denmark") when most lines print one so, a country heading run in with its organizations
/// ("México: Centro Prodh; Serapaz.").
/// </summary>
internal static partial class OrganizationEntries
{
    /// <summary>What no other step took: the organizations the line names.</summary>
    public static void Read(BlockReading reading, BlockLine blockLine)
    {
        var (_, text, line, _, cleaned) = blockLine;
        (reading.Current, reading.AwaitingAffiliation, reading.LastRow) = (null, false, null);
        if (IsLabel(cleaned))
        {
            reading.Contents.Skipped.Add(new SkippedLine(line, text, "a label over the lines below (it ends with a colon, or names a kind of organization), not a signatory"));
            return;
        }

        if (OfficeSigningFor(reading, cleaned) is { } body)
        {
            reading.Contents.Skipped.Add(new SkippedLine(line, text, $"the office that signs for '{body}', which the list names below"));
            return;
        }

        if (InlineHeading().Match(cleaned) is { Success: true } headed && PlaceHeading.TryRead(Continued().Replace(headed.Groups["place"].Value, "")) is { } inlinePlaces)
        {
            // "México: Centro Prodh; Serapaz.": a country heading with its organizations on the same line; "Malaysia
            // (cont.): …" on the next page.
            reading.Contents.Signatories.AddRange(ReadOrganizations(headed.Groups["rest"].Value, line, reading).Select(s => s.Places.Any ? s : s with { Places = inlinePlaces }));
            reading.RunOn = RunsOn(text) ? (inlinePlaces, line) : null;
            return;
        }

        if (reading.RunOn is var (runOnPlaces, runOnLine) && runOnLine == line - 1)
        {
            // "Malaysia: Family Frontiers; …;" broken before its end: the next line goes on with the same places.
            reading.Contents.Signatories.AddRange(ReadOrganizations(text, line, reading).Select(s => s.Places.Any ? s : s with { Places = runOnPlaces }));
            reading.RunOn = RunsOn(text) ? (runOnPlaces, line) : null;
            return;
        }

        // "Convened by Every Child Learning Coalition — Global": the convener signs, first.
        var read = ReadOrganizations(ConvenedBy().Replace(SignedForBySignerBelow(text, reading), ""), line, reading);
        reading.Contents.Signatories.AddRange(read.Select(s => GroupPlaces.UnderHeading(s, reading.Group)));
    }

    // "Convened by", "Coordinated by", "Coordonnée par", "Convocada por", "Promossa da": the words before the name of
    // the organization that brought the others together, and the article before it ("Coordinated by the Myanmar …").
    [GeneratedRegex(@"^(?:(?:convened|coordinated|initiated|organi[sz]ed|hosted)\s+by|(?:convoqu|coordonn|initi|organis)[ée]e?s?\s+par|(?:convocad|coordinad|impulsad|organizad|coordenad)[ao]s?\s+por|(?:promoss|coordinat|organizzat)[ao]\s+da)\s+(?:(?:the|la|le|el|il|l['’])\s*)?(?=\p{Lu})", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ConvenedBy();

    /// <summary>
    /// Whether the list's "Name – Place" reads with the dash separating the place: when most lines print a place apart
    /// from the name ("Dan Church Aid – Denmark", "Aegis Trust (UK)"), or when the few lines that print a place mostly
    /// print it after a dash (a national list whose foreign signatories end "– Noruega", "– Alemanha"). The whole is kept when it is an organization's
    /// name or names another country's branch (decided when matching, <see cref="PrintedSignatory.WholeName"/>), so
    /// "World Federalist Movement – Canada" stays itself. A list whose signers typed their own entries prints a city
    /// after its dashes as often as a country ("… - Johannesburg", "… – Cape Town", "… - Arusha, Tanzania"): when most
    /// of its dashes stand before a place so, a dash before a country separates too ("Gender Links - South Africa").
    /// </summary>
    public static bool DashesSeparate(IReadOnlyList<(string Text, int Line)> lines)
    {
        var items = Items(lines);
        var dashed = items.Count(IsDashedPlace);
        // A city in brackets is a place printed apart from the name too ("Oxfam Intermón (Barcelona)"); one after a
        // comma may be the list's only way of printing places ("Rideau Institute, Ottawa"), beside a name of its own
        // that ends "– Canada".
        var placed = items.Count(t => SignatoryLine.One(AsComma(t), 0) is var read && (read.Places.Any || (read.City is not null && t.EndsWith(')'))));
        var dashedCities = items.Count(t => !IsDashedPlace(t) && DashedPlace().Match(t) is { Success: true } m && KnownCities.Contains(m.Groups["place"].Value));
        var dashedOther = items.Count(t => DashedPlace().IsMatch(t)) - dashed - dashedCities;
        // A list that prints its places otherwise ("(South Africa)") and one name ending "– Country" alone: the country is
        // that name's own ("Coalition for the International Criminal Court – South Africa"); two such lines, or a city
        // after another dash, make the dash one of the list's ways of printing a place.
        var dashesPrintPlaces = dashed + dashedCities >= 2;
        // A short list ("Valley Tribal Forum – India", "Harbour Aid – Fiji") whose every line prints a country so, but
        // for a person's name (a press contact's under it).
        var everyLineDashed = dashed >= 2 && dashed == items.Count(t => !PersonLine.IsPersonName(t));
        return everyLineDashed || (dashed >= 3 && dashed >= 0.5 * items.Count) || (dashesPrintPlaces && items.Count >= 4 && placed >= 0.5 * items.Count) || (dashed >= 3 && dashed >= 0.5 * placed)
            || (dashed >= 1 && dashedCities >= 2 && dashed + dashedCities >= 4 && dashed + dashedCities >= 2 * dashedOther);
    }

    /// <summary>
    /// Whether the list prints an ISO alpha-3 code as the place after a dash ("Ligue Iteka – BDI", "… – UGA"): at least
    /// three lines do, and most of the lines that print a place after a dash. Then the code is the place and never the
    /// end of a name or a branch's country, even where the name before it is an organization's; where a list prints a
    /// code only now and then, the last word may be the name's own.
    /// </summary>
    public static bool CodesAfterDashes(IReadOnlyList<(string Text, int Line)> lines)
    {
        var dashed = Items(lines).Where(IsDashedPlace).ToList();
        var coded = dashed.Count(t => DashedPlace().Match(t) is { Success: true } m && Places.IsAlpha3(m.Groups["place"].Value));
        return coded >= 3 && coded >= 0.5 * dashed.Count;
    }

    /// <summary>
    /// Whether the list prints its organizations' cities after a comma or in brackets, and no country ("Genocide Alert
    /// e.V., Berlin", "Un Ponte Per (Roma)", as European lists print the seat): at least three lines end with a known
    /// city, and most end with a word that reads as a city. Then a city the list of cities lacks is one too ("Adopt a
    /// Revolution, Leipzig", "medico international, Frankfurt am Main", "… (Rimini)", "…, Genf/New York") and is left
    /// out; it gives a country only if the archive knows the city (<see cref="CityCountries"/>).
    /// </summary>
    public static bool CitiesAfterComma(IReadOnlyList<(string Text, int Line)> lines)
    {
        var items = Items(lines).Where(t => SignatoryLine.One(t, 0).Places.Countries.Count == 0).ToList();
        var known = items.Count(t => TrailingCity().Match(t) is { Success: true } m && KnownCities.Contains(m.Groups["city"].Value));
        var cities = items.Count(t => TrailingCity().Match(t) is { Success: true } m && IsCities(m.Groups["city"].Value));
        return known >= 3 && cities >= 0.5 * items.Count;
    }

    /// <summary>
    /// Whether the list prints a city and a country after its dashes ("… – Kampala, Uganda", "… – The Hague,
    /// Netherlands"): at least three lines do with a city the archive knows. Then a city the list of cities lacks is one
    /// too ("Aegis Trust – Newark, United Kingdom"); elsewhere a name may end so ("… – Ditshwanelo, Botswana").
    /// </summary>
    public static bool CitiesAfterDashes(IReadOnlyList<(string Text, int Line)> lines) =>
        Items(lines).Count(t => DashedPlace().Match(t) is { Success: true } m && CityAndCountry(m.Groups["place"].Value) is { } city && KnownCities.Contains(city)) >= 3;

    // "Newark, United Kingdom": a city, a comma and the countries; the city, or null.
    private static string? CityAndCountry(string place) =>
        place.LastIndexOf(',') is var comma and > 0 && Places.TryRead(place[(comma + 1)..]) is { Countries.Count: > 0 } && IsCities(place[..comma].Trim())
            ? place[..comma].Trim()
            : null;

    private static List<string> Items(IReadOnlyList<(string Text, int Line)> lines) =>
        [.. lines.Select(l => SignatoryLine.Clean(l.Text)).Where(t => t.Length > 0 && !BlockBoundary.IsHeading(t, out _) && !NotAnEntry.IsContact(t) && !BlockBoundary.IsTrailer(t))];

    // "Leipzig", "Frankfurt am Main", "Genf/New York": one or two cities, not an acronym ("…, CHR", "(GfbV)").
    private static bool IsCities(string text) =>
        text.Split('/', StringSplitOptions.TrimEntries) is var parts && parts.Length <= 2
        && parts.All(city => KnownCities.Contains(city) || (SignatoryLine.IsCityName(city) && city.Any(char.IsLower) && !IsAcronym(city)));

    // "GfbV", "CoDHAS": one word with a capital inside it. "Pétion-Ville", "Cap-Haïtien": a capital after a hyphen
    // starts the next part of a town's name, as each part of it is capitalized.
    private static bool IsAcronym(string word) =>
        !word.Contains(' ', StringComparison.Ordinal) && word.Split('-').Any(part => part.Skip(1).Any(char.IsUpper));

    /// <summary>
    /// "Adopt a Revolution, Leipzig", "Oxfam Italia (Arezzo)" in a list that prints cities: the name, without its city.
    /// "Rohingya Association of Canada, Kitchener": the name so cut may name its country, as a name printed alone does.
    /// </summary>
    private static PrintedSignatory WithoutCity(PrintedSignatory read)
    {
        if (!((!read.Places.Any || read.PlacedOnlyByName) && read.City is null && TrailingCity().Match(read.Name) is { Success: true } m && IsCities(m.Groups["city"].Value)))
        {
            return read;
        }

        var name = m.Groups["name"].Value.Trim();
        var withoutCity = read with { Name = name, Note = string.Join("; ", new[] { read.Note, $"left out the city '{m.Groups["city"].Value}'" }.OfType<string>()), City = m.Groups["city"].Value.Trim() };
        return !read.Places.Any && SignatoryLine.One(name, read.Line) is { PlacedOnlyByName: true } named && named.Name == name
            ? withoutCity with { Places = named.Places, FromName = named.FromName }
            : withoutCity;
    }

    // "…, Leipzig", "… (Rimini)", "… (Ginevra / New York)": the last comma's part, or the last brackets'.
    [GeneratedRegex(@"^(?<name>.*[^\s,])(?:,\s*(?<city>[^,()]+)|\s*\((?<city>[^,()]+)\))$", RegexOptions.CultureInvariant)]
    private static partial Regex TrailingCity();

    /// <summary>
    /// "Namens de ondertekenaars:", "Convened by:", "For the Steering Committee:": a short label over what follows, in
    /// any language, since no name ends with a colon (a network's line "… (PALU), Tanzania, on behalf of its members:" is
    /// an entry, with its place). "FAITH-BASED ORGANISATIONS", "ACADEMIC INSTITUTIONS AND THINK TANKS",
    /// "Organizzazioni italiane", "REDES REGIONALES": a heading that says what kind of organizations follow, in the
    /// plural. "=== End of export ===": a banner.
    /// </summary>
    private static bool IsLabel(string cleaned) =>
        Banner().IsMatch(cleaned)
        || (cleaned.EndsWith(':') && cleaned.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 6 && !cleaned.Any(c => c is '(' or '[' or ','))
        || (cleaned.Length <= 80 && !cleaned.Any(c => char.IsDigit(c) || c is '(' or '[' or ',') && (IsKindHeadingInCapitals(cleaned) || KindHeadingFirst().IsMatch(cleaned)))
        || IsKindHeadingInSentenceCase(cleaned)
        || (cleaned.Length <= 80 && (KindHeadingInGerman().IsMatch(cleaned) || (NumberedSection().Match(cleaned) is { Success: true } section && (KindsFirst().IsMatch(section.Groups["rest"].Value) || IsKindHeadingInSentenceCase(section.Groups["rest"].Value)))));

    /// <summary>
    /// "Le Secrétariat exécutif de CODEZOM" under "Pour la coalition,", "The Steering Committee of the Lake Region
    /// Network": the office of a body that signs for it, above a list that names the body itself. Null when the list
    /// does not name it below: then the line is read as any other.
    /// </summary>
    private static string? OfficeSigningFor(BlockReading reading, string cleaned)
    {
        if (OfficeOf().Match(cleaned) is not { Success: true } office)
        {
            return null;
        }

        // "per la Rete ATT Italia" (a closing that names the body), then "la Segreteria nazionale": its office, unnamed.
        var body = office.Groups["body"].Success ? office.Groups["body"].Value.Trim()
            : reading.Lines.Take(reading.Index).LastOrDefault(l => l.Text.Trim().Length > 0).Text is { } above && BlockBoundary.IsClosing(above) ? above.Trim() : "";
        return body.Length >= 3 && (!office.Groups["body"].Success || reading.Lines.Skip(reading.Index + 1).Any(l => l.Text.Contains(body, StringComparison.OrdinalIgnoreCase))) ? body : null;
    }

    // "Trade unions and global union federations", "Labour rights, development and human rights organisations": a
    // heading written as a phrase, in small letters after its first word, that ends with a plural of kinds. A name
    // capitalizes its words ("Global Union Federations") or links them with "of", "for", "de" ("Council of women's
    // organisations"); an acronym among the words ("UN agencies", "NGOs") is still the phrase's.
    private static bool IsKindHeadingInSentenceCase(string cleaned)
    {
        var words = cleaned.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => w.TrimEnd(',')).ToList();
        return cleaned.Length <= 100 && words.Count >= 2 && !cleaned.Any(c => char.IsDigit(c) || c is '(' or '[' or ':' or '–' or '—')
            && char.IsUpper(words[0][0]) && words.Skip(1).All(w => w.Length > 0 && (char.IsLower(w[0]) || w == "&" || IsAcronymWord(w)))
            && KindHeadingInCapitals().IsMatch(words[^1].ToUpperInvariant()) && !NameLinkWord().IsMatch(cleaned.ToUpperInvariant());

        static bool IsAcronymWord(string word) => word.Length <= 6 && word.TrimEnd('s').All(char.IsUpper);
    }

    // "FAITH-BASED ORGANISATIONS", and with the plural first as Spanish, Portuguese, French and Italian put it, "REDES
    // REGIONALES", "ORGANIZAÇÕES INDÍGENAS"; not a name in capitals ("REDES DE PAZ", "WORLD COUNCIL OF CHURCHES").
    private static bool IsKindHeadingInCapitals(string cleaned) =>
        cleaned.All(c => !char.IsLetter(c) || char.IsUpper(c)) && !NameLinkWord().IsMatch(cleaned)
        && (KindHeadingInCapitals().IsMatch(cleaned) || KindHeadingFirst().IsMatch(cleaned[..1] + cleaned[1..].ToLowerInvariant()));

    /// <summary>
    /// Whether a heading names kinds of organizations in the plural ("Syrian organisations", "Regional and international
    /// NGOs"), not only a place ("INTERNATIONAL", "SYRIA").
    /// </summary>
    public static bool NamesKinds(string heading) => KindHeadingInCapitals().IsMatch(heading.ToUpperInvariant());

    /// <summary>"=== End of export: 25 organisations ===": a line framed by rules of the same mark, no entry even in a table.</summary>
    public static bool IsBanner(string cleaned) => Banner().IsMatch(cleaned);

    // "Pour la Commission Épiscopale Justice et Paix," or "For Human Rights Watch," over "Abbé Clément Makiobo,
    // Secrétaire exécutif": the organization the signer below signs for, named without the words before its name. The
    // signer's line is what shows it: "Pour la Solidarité," in a list of names each ending with a comma is a name.
    // "Für die Initiative Lieferkettengesetz" over "Johanna Kessler-Otte" over "Koordinatorin": the signer's name, then
    // her title, on lines of their own.
    private static string SignedForBySignerBelow(string text, BlockReading reading)
    {
        var below = reading.Lines.Skip(reading.Index + 1).Select(l => l.Text.Trim()).Where(t => t.Length > 0).Take(2).ToList();
        var signer = below.Count > 0 && (PersonLine.TryPersonOnOneLine(below[0], 0) is not null || PersonLine.Honorific().IsMatch(below[0])
            || (below.Count == 2 && PersonLine.IsPersonName(below[0]) && PersonLine.IsRole(below[1])));
        return signer ? SignatoryLine.WithoutSignsFor(text) : text;
    }

    /// <summary>Reads an organization's line the way the list prints its places.</summary>
    private static IReadOnlyList<PrintedSignatory> ReadOrganizations(string text, int line, BlockReading reading)
    {
        var cleaned = SignatoryLine.Clean(text);
        var dashedCity = reading.CitiesAfterDashes && DashedPlace().Match(cleaned) is { Success: true } d && CityAndCountry(d.Groups["place"].Value) is not null;
        if (!reading.DashesSeparate || !(IsDashedPlace(cleaned) || dashedCity))
        {
            var read = SignatoryLine.Read(text, line);
            if (reading.CitiesAfterComma && read.Count > 1 && TrailingCity().Match(cleaned) is { Success: true } last && IsCities(last.Groups["city"].Value))
            {
                // "Human Rights Centre, University of Essex, Colchester" in a list of "Name, City": one entry, its
                // name with a comma in it, then its city; not two organizations and a town.
                read = [SignatoryLine.One(cleaned, line)];
            }

            return reading.CitiesAfterComma ? [.. read.Select(WithoutCity)] : read;
        }

        var separated = SignatoryLine.Read(AsComma(cleaned), line);
        var codeAfterDash = reading.CodesAfterDashes && DashedPlace().Match(cleaned) is { Success: true } m && Places.IsAlpha3(m.Groups["place"].Value);
        return separated.Count != 1 || codeAfterDash ? separated : [separated[0] with { WholeName = SignatoryLine.One(cleaned, line).Name }];
    }

    // "… – Denmark", "… – Kampala, Uganda", "… – based in Denmark and Belgium", "… – Lithuania (in exile)": after the
    // dash, only where it is, perhaps with how or where it stands there.
    // "… – UK (United Kingdom)" and "… – Ditshwanelo, Botswana" are names that end so.
    private static bool IsDashedPlace(string text) =>
        DashedPlace().Match(text) is { Success: true } m
        && m.Groups["name"].Value.Count(c => c == '(') == m.Groups["name"].Value.Count(c => c == ')')
        && (Places.TryRead(m.Groups["place"].Value) is not null || IsPlaceWithAMark(m.Groups["place"].Value) || PlacePhrase().IsMatch(m.Groups["place"].Value))
        && SignatoryLine.One(m.Groups["name"].Value + ", " + m.Groups["place"].Value, 0).Places.Any;

    // "Lithuania (in exile)", "Lithuania (registered in Lithuania)": a place, with a mark of how it stands there. A
    // place in the brackets is no such mark: "… – Sweden (Sweden)" is a name that ends with its country, then the country.
    private static bool IsPlaceWithAMark(string place) =>
        place.TrimEnd().EndsWith(')') && place.LastIndexOf('(') is > 0 and var open && Places.TryRead(place.TrimEnd()[(open + 1)..^1]) is null
        && SignatoryLine.One(place, 0).Name is var name && name != place.Trim() && Places.TryRead(name) is not null;

    public static string AsComma(string text) =>
        DashedPlace().Match(text.Trim()) is { Success: true } m ? $"{m.Groups["name"].Value}, {m.Groups["place"].Value}" : text;

    // The last spaced dash: "Human Rights Watch – États-Unis", "… – Ouganda / États-Unis".
    [GeneratedRegex(@"^(?<name>.*\S)\s+[-–—]\s+(?<place>(?:(?!\s[-–—]\s).)+)$", RegexOptions.CultureInvariant)]
    private static partial Regex DashedPlace();

    [GeneratedRegex(@"^(?:based|headquartered|registered|located|with\s+offices|basée?s?|con\s+sede|an?\s+\S+\s+organi[sz]ation)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex PlacePhrase();

    // "Le Secrétariat exécutif de CODEZOM", "The Secretariat of …", "La Coordinación de …": an office of a body, named;
    // "la Segreteria nazionale" under the closing that names it.
    [GeneratedRegex(@"^(?:(?:the|le|la|l['’]|el|o|a)\s*)?(?:(?:executive|permanent)\s+)?(?:secretariat|secrétariat|secretaría|secretaria|secretariado|segreteria|coordination|coordinación|coordenação|coordinamento|steering\s+committee|executive\s+committee|coordinating\s+committee|comité\s+(?:de\s+pilotage|exécutif|directeur|de\s+coordination)|bureau\s+exécutif)(?:\s+(?:exécutif|ejecutiv[oa]|executiv[oa]|esecutiv[oa]|permanent|nationale?|nacional|nazionale|general|generale))?(?:\s+(?:of\s+the|of|de\s+la|de\s+l['’]|du|des|de|del|da|do|della|dell['’]|del)\s*(?<body>\S.{1,120}))?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex OfficeOf();

    // "Internationale Partnerorganisationen", "Erstunterzeichnende Organisationen": German puts its adjectives (in -e,
    // -en, -er) before the plural of kinds, and capitalizes the noun as any other.
    [GeneratedRegex(@"^(?:\p{Lu}\p{Ll}+(?:e|en|er)\s+){1,2}(?:\p{Lu}\p{Ll}*)?(?:[Oo]rganisationen|[Vv]erbände|[Nn]etzwerke|[Bb]ündnisse|[Ii]nitiativen|[Gg]ruppen|[Vv]ereine)$", RegexOptions.CultureInvariant)]
    private static partial Regex KindHeadingInGerman();

    // "I. Plateformes et coalitions nationales d'ONG", "IV. Organisations confessionnelles", "B. Humanitarian and
    // women's rights organisations": a section of the list, numbered in capital Roman figures or lettered in capitals
    // (its entries are not), whose words start or end with a plural of kinds.
    [GeneratedRegex(@"^(?<n>[IVX]{1,5}|[A-H])[.)]\s+(?<rest>\S.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex NumberedSection();

    [GeneratedRegex(@"^(?:organi[sz]ations|organizaciones|organizações|organisationen|plateformes|platforms|plataformas|réseaux|networks|redes|coalitions|coaliciones|coalizões|ong|ngos|associations|asociaciones|associações|syndicats|unions|sindicatos|églises|churches|iglesias|igrejas|mouvements|movements|movimientos|movimentos|institutions|instituciones|instituições|fondations|foundations|fundaciones|groupes|groups|grupos|partenaires|partners|socios|parceiros)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex KindsFirst();

    [GeneratedRegex(@"^(={2,}|\*{2,}|-{2,}|#{2,}|_{2,})\s*\S.*\1$", RegexOptions.CultureInvariant)]
    private static partial Regex Banner();

    // "WORLD COUNCIL OF CHURCHES", "WORLD FEDERATION OF UNITED NATIONS ASSOCIATIONS": a name in capitals links its words
    // with "of", "for", "de"…; a heading of kinds ("FAITH-BASED ORGANISATIONS") does not.
    [GeneratedRegex(@"\b(?:OF|FOR|ON|IN|TO|THE|DE|DES|DU|DEL|DELLA|DELLE|DEGLI|DI|DO|DA|DAS|DOS|VAN|VON|FÜR|PER|PARA|POUR|POR)\b", RegexOptions.CultureInvariant)]
    private static partial Regex NameLinkWord();

    // A plural that names kinds of organizations, as a heading ends with it in capitals ("ENDORSING NETWORKS").
    [GeneratedRegex(@"\b(?:ORGANI[SZ]ATIONS|ORGANIZACIONES|ORGANIZAÇÕES|ORGANIZZAZIONI|ORGANISATIONEN|ORGANISATIES|NGOS|ONGS|NETWORKS|RÉSEAUX|REDES|RETI|NETZWERKE|INSTITUTIONS|INSTITUCIONES|INSTITUIÇÕES|ISTITUZIONI|INSTITUTIONAL|INSTITUCIONALES|INSTITUCIONAIS|INSTITUTIONNELLES|TANKS|GROUPS|GRUPOS|GRUPPI|ASSOCIATIONS|ASOCIACIONES|ASSOCIAÇÕES|ASSOCIAZIONI|COALITIONS|COALICIONES|MOVEMENTS|MOVIMIENTOS|MOVIMENTOS|MOVIMENTI|UNIONS|FEDERATIONS|CONFEDERATIONS|FEDERACIONES|FÉDÉRATIONS|SYNDICATS|SINDICATOS|AGENCIES|ALLIANCES|PLATFORMS|SOCIETIES|CHARITIES|COOPERATIVES|CHURCHES|FOUNDATIONS|FUNDACIONES|SIGNATORIES|ADERENTI|PROMOTORI|FIRMANTES|SIGNATAIRES|SIGNATÁRIOS|MEMBERS|MEMBRES|MIEMBROS)$", RegexOptions.CultureInvariant)]
    private static partial Regex KindHeadingInCapitals();

    // "Organizzazioni italiane", "Organisations internationales", "Organizações moçambicanas": the plural first, then at
    // most three words in small letters that say whose ("Redes de Paz" is a name). "Organizzazioni internazionali e di
    // altri Paesi", "Organisations d'autres pays", "Organizations from other Countries": or whose countries, in up to
    // six words, the word for countries perhaps capitalized.
    [GeneratedRegex(@"^(?:Organi[sz]ations|Organizaciones|Organizações|Organizzazioni|Organisationen|Organisaties|Networks|Redes|Reti|Réseaux)(?:(?:\s+\p{Ll}+){1,3}|(?:\s+[\p{Ll}'’]+){1,5}\s+(?:[Pp]aesi|[Pp]ays|[Pp]aíses|[Cc]ountries|[Ll]änder(?:n)?|[Ll]anden))$", RegexOptions.CultureInvariant)]
    private static partial Regex KindHeadingFirst();

    // "…; Women's Aid Organisation (WAO);", "…, Sisters in Islam,": a run of entries that goes on to the next line.
    private static bool RunsOn(string text) => text.TrimEnd().EndsWith(';') || text.TrimEnd().EndsWith(',');

    // "Malaysia (cont.)", "Kenya (continued)", "Sénégal (suite)": a heading printed again on the next page.
    [GeneratedRegex(@"\s*\((?:cont\.?|cont['’]d|continued|suite|continuación|continuação)\)\s*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Continued();

    // "Honduras: Centro …; …", "Internacional: Peace Brigades …": a place, a colon, and what is there.
    [GeneratedRegex(@"^(?<place>\p{L}[\p{L} .'’-]{1,40}?(?:\s*\([\p{L}.'’ ]{1,14}\))?)\s*:\s+(?<rest>\S.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex InlineHeading();
}
