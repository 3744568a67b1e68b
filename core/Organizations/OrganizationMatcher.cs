using System.Collections.Frozen;
using System.Globalization;
using System.Text.RegularExpressions;
using Archive.Core.Countries;

namespace Archive.Core.Organizations;

/// <summary>
/// Decides which organization a printed signatory name refers to, in a fixed order from the safest rule down:
/// an exact name (<see cref="OrganizationNames"/>), then an acronym, then the normalized form
/// (<see cref="OrganizationNameForm"/>), and otherwise the organizations with a similar name as candidates for
/// review. A similar name is never a match: "West Africa Civil Society Forum" is not the "… Institute".
/// Built once from a list of organizations; immutable.
/// </summary>
public sealed partial class OrganizationMatcher
{
    /// <summary>The score from which an organization is offered for review.</summary>
    public const double ReviewThreshold = 0.8;

    private const int MaxCandidates = 3;

    private readonly IReadOnlyList<Known> _organizations;
    private readonly OrganizationNames _names;
    private readonly FrozenDictionary<string, Organization[]> _byAcronym;
    private readonly FrozenDictionary<string, Organization[]> _byNormalized;
    private readonly FrozenDictionary<string, Organization[]> _byInitials;
    private readonly FrozenDictionary<string, Organization[]> _withoutInternational;

    private OrganizationMatcher(IReadOnlyList<Organization> organizations)
    {
        _organizations = [.. organizations.Select(Known.Of)];
        _names = OrganizationNames.Index(organizations);
        _byAcronym = Group(organizations, AcronymsOf, AcronymKey);
        _byNormalized = Group(organizations, NormalizedFormsOf, form => form);
        _byInitials = Group(organizations, o => [o.Name], name => OrganizationNameForm.Initials(name).ToUpperInvariant());
        _withoutInternational = Group(organizations, NamesWithoutInternational, OrganizationNameForm.Normalize);
    }

    /// <summary>Indexes the organizations to match against.</summary>
    public static OrganizationMatcher Create(IEnumerable<Organization> organizations)
    {
        ArgumentNullException.ThrowIfNull(organizations);
        return new OrganizationMatcher([.. organizations]);
    }

    /// <summary>
    /// Matches a printed name, with the countries printed beside it. A name, an acronym or a normalized form that
    /// belongs to an organization whose countries all differ from the printed ones is not taken on its own: "Human
    /// Rights Network" printed with Kenya goes to review, not to Uganda's network. A name that is distinctive, or has a
    /// word of its own ("Human Rights Watch" printed with Germany), is.
    /// </summary>
    public OrganizationMatch Match(string printedName, IReadOnlyList<CountryCode> printedCountries)
    {
        ArgumentNullException.ThrowIfNull(printedName);
        ArgumentNullException.ThrowIfNull(printedCountries);
        var printed = PrintedOrganizationName.Parse(printedName);

        if ((ByName(printedName) ?? ByAcronymOrNormalizedForm(printed)) is { } sure)
        {
            if (!CountriesDisagree(printedCountries, sure.Organization!))
            {
                return sure;
            }

            if (sure.Method != MatchMethod.Acronym && IsDistinctive(printed.Base))
            {
                // "International Crisis Group" printed with Belgium, its head office: a long or international name
                // names one organization wherever it is printed from; a short one ("Human Rights Network") may not.
                return Matched(sure.Method, sure.Organization!, $"{sure.Reason}; printed with {string.Join(", ", printedCountries)}, which it is not filed under, but the name is distinctive");
            }

            if (sure.Method != MatchMethod.Acronym && NameVariant.OwnWitness(printed.Base, sure.Organization!.Countries) is { } witness)
            {
                // "Human Rights Watch" printed with Germany, "Norwegian Church Aid" with South Sudan: a short name is one
                // organization's, signing from an office abroad, when a word of it is its own; "Human Rights Network"
                // printed with Kenya may be any of the many so named.
                return Matched(sure.Method, sure.Organization!, $"{sure.Reason}; printed with {string.Join(", ", printedCountries)}, which it is not filed under, but {witness}");
            }

            if (sure.Method == MatchMethod.Acronym && printed.Acronym is not null && IsDistinctive(printed.Base, NameWithWitness) && NameAgrees(printed.Base, sure.Organization!))
            {
                // "Réseau de Protection des Défenseurs du Sahel (RPDS)" printed with Burkina Faso: the acronym and the name
                // (in any language) both name it, two witnesses, so a name of four words that tell it apart is enough.
                return Matched(sure.Method, sure.Organization!, $"{sure.Reason} and '{printed.Base}' is its name; printed with {string.Join(", ", printedCountries)}, which it is not filed under, but name and acronym together are distinctive");
            }

            if (CountryInItsName(printedName, printedCountries, sure.Organization!) is { } named)
            {
                // "ALTSEAN-Burma" printed with Myanmar, filed in Thailand: the country printed is the one its own name
                // names, which it works on, not an office of another body there ("Oxfam" printed with Hong Kong names none).
                return Matched(sure.Method, sure.Organization!, $"{sure.Reason}; printed with {string.Join(", ", printedCountries)}, which it is not filed under, but its name names that country ('{named}')");
            }

            if (RegionBothLieIn(printed.Base, sure.Organization!.Name, printedCountries, sure.Organization!) is { } region)
            {
                // "Women and Law in Southern Africa" printed with Zambia, filed in Lesotho: a body named after a region
                // signs from any of its countries.
                return Matched(sure.Method, sure.Organization!, $"{sure.Reason}; printed with {string.Join(", ", printedCountries)}, which it is not filed under, but {region}");
            }

            var why = $"{sure.Reason}, but it is printed with {string.Join(", ", printedCountries)} and that organization is in {string.Join(", ", sure.Organization!.Countries)}";
            return new OrganizationMatch(MatchMethod.Review, null, [new MatchCandidate(sure.Organization, 0.9, why)], "the name is known, the country is not: the editor decides");
        }

        if (AcronymWithCountry(printed, printedCountries) is { } suffixed)
        {
            return suffixed;
        }

        if (WithAnotherName(printedName, printedCountries) is { } bracketed)
        {
            return bracketed;
        }

        if (ShortNameInBrackets(printedName, printedCountries) is { } shortened)
        {
            return shortened;
        }

        if (Hosted(printed, printedCountries) is { } hosted)
        {
            return hosted;
        }

        if (InitialsOfAKnownName(printed) is { } initials)
        {
            return initials;
        }

        if (ShortNameOfAnInternational(printed, printedCountries) is { } shortName)
        {
            return shortName;
        }

        if (OfficeInAnotherCountry(printed) is { } office)
        {
            return office;
        }

        var variants = Variants(printed, printedCountries);
        if (variants is [var variant])
        {
            return Matched(MatchMethod.Variant, variant.Organization, variant.Reason);
        }

        var candidates = variants.Count > 1 ? variants : Candidates(printed, printedCountries);
        return candidates.Count == 0
            ? AcronymAfterAnotherName(printed) ?? ReviewOfTheFirstName(printedName, printedCountries) ?? new OrganizationMatch(MatchMethod.New, null, [], "no organization has a similar name")
            : new OrganizationMatch(MatchMethod.Review, null, candidates, variants.Count > 1
                ? $"{variants.Count} organizations have this name written another way: the editor decides which"
                : $"{candidates.Count} organization(s) have a similar name; similar is not the same, so the editor decides");
    }

    /// <summary>
    /// "Norwegian Church Aid Afghanistan", "Danish Refugee Council – Uganda": a known name, as the archive writes it,
    /// that names by its demonym the country the body is filed under (<see cref="NameVariant.OwnCountryWitness"/>),
    /// with another country after it: the body's office there, as the name printed from there is. A national section
    /// named so ("Amnesty International Kenya") says nothing of where the body is from, and may be a body of its own.
    /// </summary>
    private OrganizationMatch? OfficeInAnotherCountry(PrintedOrganizationName printed)
    {
        var words = printed.Base.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var length = 1; length <= 3 && length < words.Length - 1; length++)
        {
            var place = string.Join(' ', words[^length..]);
            var name = string.Join(' ', words[..^length]).TrimEnd(' ', ',', '-', '–', '—');
            if (CountryTable.TryResolveName(place, out var country) && ByName(name) is { Method: MatchMethod.Alias, Organization: { } body }
                && !body.Countries.Contains(country.Code) && NameVariant.OwnCountryWitness(name, body.Countries) is { } witness)
            {
                return Matched(MatchMethod.Variant, body, $"'{name}' is a name of '{body.Name}', with '{place}' after it, where its office signs: {witness}");
            }
        }

        return null;
    }

    /// <summary>
    /// "Oxfam", "Crisis Group", "Amnesty": a known name without the "International" at its start or end is the short
    /// name letters print for that worldwide body, where the line prints no country it is not in. A national affiliate
    /// prints its country ("Oxfam Australia", "Oxfam (Australia)"), which another rule weighs; and one word many
    /// bodies' names share ("Alert" may be, "Service" is not) names no one.
    /// </summary>
    private OrganizationMatch? ShortNameOfAnInternational(PrintedOrganizationName printed, IReadOnlyList<CountryCode> printedCountries)
    {
        var words = OrganizationNameForm.Words(printed.Base).Where(w => !NameVariant.IsSmallWord(w)).ToList();
        if (words.Count == 0 || (words.Count == 1 && NameGlossary.Knows(words[0]))
            || _withoutInternational.GetValueOrDefault(OrganizationNameForm.Normalize(printed.Base)) is not [var known]
            || CountriesDisagree(printedCountries, known))
        {
            return null;
        }

        return Matched(MatchMethod.Variant, known, $"'{printed.Base}' is '{known.Name}' without 'International', the short name letters print for it");
    }

    // "Oxfam International" is "Oxfam", "International Crisis Group" is "Crisis Group": the names with "International"
    // at one end, without it.
    private static IEnumerable<string> NamesWithoutInternational(Organization organization) =>
        organization.PrintedNames.Select(name => PrintedOrganizationName.Parse(name).Base)
            .Where(name => InternationalAtAnEnd().IsMatch(name))
            .Select(name => InternationalAtAnEnd().Replace(name, "").Trim());

    /// <summary>
    /// "Centro de Investigación y Educación Popular (Cinep)", "Instituto de Estudos Socioeconômicos (Inesc)": a known
    /// name with its short name in brackets written as a word, capital first, as Latin American and Brazilian bodies
    /// write theirs; it starts as the name does, and is no country.
    /// </summary>
    private OrganizationMatch? ShortNameInBrackets(string printedName, IReadOnlyList<CountryCode> printedCountries)
    {
        if (ShortNameWord().Match(printedName.Trim()) is not { Success: true } bracket
            || bracket.Groups["short"].Value is var shortName && CountryTable.TryResolveName(shortName, out _)
            || char.ToUpperInvariant(bracket.Groups["name"].Value.TrimStart()[0]) != shortName[0])
        {
            return null;
        }

        return Match(bracket.Groups["name"].Value, printedCountries) is { Method: MatchMethod.Alias or MatchMethod.Normalized } body
            ? Matched(body.Method, body.Organization!, $"'{shortName}' in brackets is its short name: {body.Reason}")
            : null;
    }

    /// <summary>
    /// "Ajuda da Igreja Norueguesa (Kirkens Nødhjelp)" printed with Mozambique: a name printed with another one, whose
    /// first name alone is like a known organization's (a translation printed with another country): the whole is
    /// like no name, but the first one still is, so the editor decides.
    /// </summary>
    private OrganizationMatch? ReviewOfTheFirstName(string printedName, IReadOnlyList<CountryCode> printedCountries) =>
        TwoNames(printedName.Trim()) is var (outer, _, how) && Match(outer, printedCountries) is { Method: MatchMethod.Review } review
            ? review with { Reason = $"'{outer}', printed with another name {how}: {review.Reason}" }
            : null;

    private OrganizationMatch? ByName(string printedName)
    {
        if (_names.Find(printedName) is not { } named)
        {
            return null;
        }

        var isAcronym = named.Acronym is not null && OrganizationNames.Key(named.Acronym) == OrganizationNames.Key(printedName);
        return isAcronym
            ? Matched(MatchMethod.Acronym, named, $"'{printedName}' is the acronym of '{named.Name}'")
            : Matched(MatchMethod.Alias, named, $"'{printedName}' is a name of '{named.Name}'");
    }

    /// <summary>
    /// The organization the printed acronym is, unless the whole name, normalized, is another's; else the one the whole
    /// name is; an acronym printed after a name that shares no word with it witnesses nothing (<see cref="NamedOtherwise"/>).
    /// </summary>
    private OrganizationMatch? ByAcronymOrNormalizedForm(PrintedOrganizationName printed)
    {
        var byName = ByNormalizedForm(printed);
        if (OneByAcronym(printed) is not { } byAcronym)
        {
            return byName;
        }

        if (byName is null && FirstOfTwoBodies(printed) is { } first && first.Organization!.Id != byAcronym.Id)
        {
            // "Act for Peace – Conseil national des Églises en Australie (NCCA)": the acronym is the council's, after
            // the dash; the agency before it signs.
            return first;
        }

        if (byName is not null && byName.Organization!.Id != byAcronym.Id)
        {
            // "Centro de Investigación y Educación Popular (CINEP)" beside a file made from "… / Programa por la Paz
            // (CINEP/PPP)", which claims the acronym too: the whole name printed is one organization's, a stronger
            // witness than an acronym another file shares.
            return byName;
        }

        return NamedOtherwise(printed, byAcronym)
            ? byName
            : Matched(MatchMethod.Acronym, byAcronym, $"the printed acronym '{printed.Acronym}' is the acronym of '{byAcronym.Name}'");
    }

    /// <summary>
    /// "Act for Peace – Conseil national des Églises en Australie (NCCA)": an agency's name, a dash and the body it belongs
    /// to, with an acronym that is not the agency's (<see cref="TwoBodies"/>). When the first name alone is a known
    /// organization's, that organization signs.
    /// </summary>
    private OrganizationMatch? FirstOfTwoBodies(PrintedOrganizationName printed) =>
        TwoBodies(printed) is var (first, second) && _names.Find(first) is { } named
            ? Matched(MatchMethod.Alias, named, $"'{first}' is a name of '{named.Name}'; '{second}', after the dash, is the body it belongs to, and '{printed.Acronym}' that body's acronym")
            : null;

    /// <summary>
    /// A name of two bodies joined by a spaced dash, an agency and the council or church it belongs to, with an acronym
    /// that spells neither the first nor the whole: the acronym is the second body's, not the first's.
    /// </summary>
    private static (string First, string Second)? TwoBodies(PrintedOrganizationName name) =>
        name.Acronym is { } acronym && SpacedDash().Split(name.Base) is [var first, var second]
        && !PrintedOrganizationName.SpellsInitialsOf(acronym, first) && !PrintedOrganizationName.SpellsInitialsOf(acronym, name.Base)
            ? (first, second)
            : null;

    // "(REFMAP/MARWOPNET)": the acronyms of a name in two languages, one of which may be the one on file.
    private Organization? OneByAcronym(PrintedOrganizationName printed) =>
        printed.Acronym?.Split('/').Prepend(printed.Acronym).SelectMany(acronym => _byAcronym.GetValueOrDefault(AcronymKey(acronym)) ?? []).Distinct().ToList() is [var byAcronym]
            ? byAcronym : null;

    /// <summary>
    /// "Refugee Law Project (UG)" beside a "Human Rights Network (UG)" made earlier: two or three capitals in brackets
    /// are many things (a country code, initials of several names); printed after a name that shares no word with any
    /// of the organization's names, in any language, they witness nothing, and the name says it is another
    /// organization. A longer acronym ("GCR2P") is one organization's, whatever language the name beside it is in.
    /// </summary>
    private bool NamedOtherwise(PrintedOrganizationName printed, Organization byAcronym) =>
        printed.Base != printed.Printed && printed.Acronym!.Count(char.IsLetterOrDigit) <= 3 && SharesNoWord(FoldedName.Of(printed.Base), _organizations.First(k => ReferenceEquals(k.Organization, byAcronym)));

    /// <summary>The organization whose acronym is printed after another name, offered for review when nothing else is.</summary>
    private OrganizationMatch? AcronymAfterAnotherName(PrintedOrganizationName printed) =>
        OneByAcronym(printed) is { } byAcronym && NamedOtherwise(printed, byAcronym)
            ? new OrganizationMatch(MatchMethod.Review, null, [new MatchCandidate(byAcronym, ReviewThreshold, $"the printed acronym '{printed.Acronym}' is the acronym of '{byAcronym.Name}', but the name printed with it, '{printed.Base}', shares no word with any of its names")], "an acronym agrees, the name does not: the editor decides")
            : null;

    /// <summary>No significant word of the printed name is in any of the organization's names, as printed or read in English.</summary>
    private static bool SharesNoWord(FoldedName printed, Known organization) =>
        organization.Names.All(known =>
            NameSimilarity.SharedWords(printed.Significant, known.Base.Significant) == 0
            && !printed.Reading.Words.Any(word => known.Base.Reading.Words.Any(other => word.Intersect(other, StringComparer.Ordinal).Any())));

    private OrganizationMatch? ByNormalizedForm(PrintedOrganizationName printed)
    {
        foreach (var form in new[] { printed.Printed, printed.Base }.Select(OrganizationNameForm.Normalize).Distinct(StringComparer.Ordinal))
        {
            if (_byNormalized.GetValueOrDefault(form) is [var normalized])
            {
                return Matched(MatchMethod.Normalized, normalized, $"'{printed.Printed}' and '{normalized.Name}' are the same name once case, accents, punctuation and 'the' are set aside");
            }
        }

        return null;
    }

    /// <summary>
    /// "Église évangélique du Congo (Evangelical Church of Congo)": a name with its translation printed in brackets
    /// after it, or, in a bilingual list, after a slash ("Église de Suède / Church of Sweden") or a spaced dash. The organization the
    /// other name surely is, when the first says the same in its own language (the two share a word read in English:
    /// "église" is "church"); a parent printed in brackets ("Programme de paix du Kivu (Oxfam International)") shares
    /// none and is not taken for the organization.
    /// </summary>
    private OrganizationMatch? WithAnotherName(string printedName, IReadOnlyList<CountryCode> printedCountries) =>
        WithAnotherNameAsPrinted(printedName, printedCountries)
        ?? (PrintedOrganizationName.Parse(printedName) is { Acronym: not null } printed && printed.Base != printedName.Trim() ? WithAnotherNameAsPrinted(printed.Base, printedCountries) : null);

    // "Centro de Investigación y Educación Popular / Programa por la Paz (CINEP/PPP)": the two names are read with the
    // acronym they share left out (above), when the whole as printed says nothing.
    private OrganizationMatch? WithAnotherNameAsPrinted(string printedName, IReadOnlyList<CountryCode> printedCountries)
    {
        if (TwoNames(printedName.Trim()) is not var (outer, inner, how))
        {
            return null;
        }

        var match = Match(inner, printedCountries);
        if (how == AfterADash && !match.IsMatched)
        {
            // "Human Rights Watch – División de las Américas": after a dash, a part of the body, not another name. A
            // division, programme or office signs for the body itself, when the name before the dash surely is one.
            // "Church of Sweden – Act Church of Sweden": a part that carries the body's whole name of several words in its
            // own is one too (a one-word name, "Oxfam – Oxfam Novib", is carried by its affiliates).
            var carriesTheName = OrganizationNameForm.Words(outer).Count(word => !NameVariant.IsSmallWord(word)) >= 2
                && $" {OrganizationNameForm.Normalize(inner)} ".Contains($" {OrganizationNameForm.Normalize(outer)} ", StringComparison.Ordinal);
            return (UnitOfTheBody().IsMatch(inner) || carriesTheName) && Match(outer, printedCountries) is { Method: MatchMethod.Alias or MatchMethod.Normalized or MatchMethod.Acronym } body
                ? Matched(body.Method, body.Organization!, $"'{inner}', after a dash, is a unit of it ({(carriesTheName ? "it carries its name" : "a division, a programme, an office")}): {body.Reason}")
                : null;
        }

        var outerMatch = Match(outer, printedCountries);
        if (match.IsMatched && outerMatch.IsMatched && match.Organization!.Id == outerMatch.Organization!.Id)
        {
            return Matched(outerMatch.Method, outerMatch.Organization, $"'{outer}' and '{inner}', printed {how}, are both its names: {outerMatch.Reason}");
        }

        var elsewhere = match.IsMatched ? [new MatchCandidate(match.Organization!, 0.9, match.Reason)] : match.Candidates;
        if (outerMatch.IsMatched && elsewhere.Any(c => c.Organization.Id != outerMatch.Organization!.Id))
        {
            // "Norwegian Church Aid / Kirkens Nødhjelp" where the other name is like one filed under another organization:
            // one body with two files, or two bodies; the whole read as one name would pick either, so the editor decides.
            return new OrganizationMatch(MatchMethod.Review, null,
                [new MatchCandidate(outerMatch.Organization!, 0.9, $"'{outer}': {outerMatch.Reason}"), .. elsewhere.Where(c => c.Organization.Id != outerMatch.Organization!.Id).Select(c => c with { Reason = $"'{inner}': {c.Reason}" })],
                $"'{outer}' and '{inner}', printed {how}, name two organizations, or one filed twice: the editor decides");
        }

        if (!match.IsMatched)
        {
            return OtherNameInBrackets(outer, inner, how, outerMatch, match);
        }

        // From here the name after is known and the one before names no organization: had it named one, the same or
        // another, the steps above would have decided.
        if (!outer.Any(char.IsAsciiLetter) && outer.Any(char.IsLetter))
        {
            // "حركة السلام الدائم (Permanent Peace Movement)": a name in another script, with the name it is known by
            // in brackets; no word of the two can be compared, and the one in brackets says which organization it is.
            return Matched(match.Method, match.Organization!, $"'{inner}' is printed {how} as the name of '{outer}', written in another script: {match.Reason}");
        }

        if (InUnreadLanguage(outer, inner) && match.Method is not MatchMethod.Acronym)
        {
            // "Kalıcı Barış Hareketi (Permanent Peace Movement)": a name in a language the glossary does not read, with
            // the name it is known by in brackets, word for word as long.
            return Matched(match.Method, match.Organization!, $"'{inner}' is printed {how} as the name of '{outer}', written in a language whose words cannot be compared, with as many words: {match.Reason}");
        }

        // "Dänische Kirchenhilfe (DanChurchAid)": a name written as one word of capitalised parts reads as its parts.
        var (a, b) = (NameGlossary.Read(outer), NameGlossary.Read(CompoundName().Replace(inner, "$1 $2")));
        var shared = a.Words.Where(w => b.Words.Any(x => x.Intersect(w).Any())).Select(w => w[0]).ToList();
        // "Oxfam International Kenya Programme (Oxfam International)" is a part of the one in brackets, not its
        // translation: it has every word of it, or a country it lacks ("Suède" is no country "Church of Sweden" lacks),
        // or no word of another language.
        var part = shared.Count == b.Words.Count && a.Words.Count > b.Words.Count;
        var innerCountries = b.Words.SelectMany(x => x).Select(CountryOfWord).OfType<CountryCode>().ToHashSet();
        var country = a.Words.Any(w => !b.Words.Any(x => x.Intersect(w).Any()) && w.Select(CountryOfWord).Any(code => code is { } named && !innerCountries.Contains(named)));
        // "Swedish Church / Svenska kyrkan": the name in English beside the one known in another language, when the
        // two read the same words.
        var sameWords = shared.Count == a.Words.Count && a.Words.Count == b.Words.Count;
        if (shared.Count == 0 || !(a.Translated || (b.Translated && sameWords)) || part || country)
        {
            return null;
        }

        return Matched(match.Method, match.Organization!, $"'{inner}' is printed {how} as the name of '{outer}' in another language (both name '{string.Join(' ', shared)}'): {match.Reason}");
    }

    /// <summary>
    /// A name printed with another one: in brackets after it ("Kirkens Nødhjelp (Norwegian Church Aid)"), or after a
    /// spaced slash, as bilingual lists print both names of a body ("Conseil norvégien pour les réfugiés / Norwegian
    /// Refugee Council"). Each side is a name of two words or more and no country: "Cinep/PPP" and "Oxfam / Kenya" are not.
    /// </summary>
    private static (string Outer, string Inner, string How)? TwoNames(string printedName)
    {
        if (BracketedName().Match(printedName) is { Success: true } bracketed)
        {
            return CountryTable.TryResolveName(bracketed.Groups["inner"].Value, out _) ? null
                : (bracketed.Groups["outer"].Value.Trim(), bracketed.Groups["inner"].Value.Trim(), "in brackets");
        }

        // "Comité de Amigos para la Legislación Nacional – Friends Committee on National Legislation": a bilingual list
        // may set the two names apart with a spaced dash too; only a name the archive knows after it counts (above).
        var (two, how) = SlashedNames().Match(printedName) is { Success: true } slashed ? (slashed, "after a slash") : (DashedNames().Match(printedName), AfterADash);
        return two.Success
            && new[] { two.Groups["outer"].Value, two.Groups["inner"].Value }.All(side => OrganizationNameForm.Words(side).Count >= 2 && !CountryTable.TryResolveName(side, out _))
            ? (two.Groups["outer"].Value.Trim(), two.Groups["inner"].Value.Trim(), how)
            : null;
    }

    private const string AfterADash = "after a dash";

    /// <summary>
    /// "Chama cha Wanasheria wa Afrika Mashariki (EALS)": a name in a language the glossary does not read, with an
    /// acronym in brackets that is not its own initials but spells those of one known organization's name, four letters
    /// or more ("East Africa Law Society"), which files no acronym: the body is printed under its name in another
    /// language, and the acronym it keeps in every language says which it is.
    /// </summary>
    private OrganizationMatch? InitialsOfAKnownName(PrintedOrganizationName printed)
    {
        if (printed.Acronym is not { } acronym || printed.Base == printed.Printed || AcronymKey(acronym) is not { Length: >= 4 } key
            || string.Equals(OrganizationNameForm.Initials(printed.Base), key, StringComparison.OrdinalIgnoreCase) || NameGlossary.Read(printed.Base).Translated
            || _byAcronym.ContainsKey(key) || _byInitials.GetValueOrDefault(key) is not [var known] || known.Acronym is not null)
        {
            return null;
        }

        return Matched(MatchMethod.Acronym, known, $"the printed acronym '{acronym}' spells the initials of '{known.Name}', and '{printed.Base}' is a name in another language");
    }

    /// <summary>
    /// Whether a name and the one in brackets after it read as one name in two languages the glossary cannot compare:
    /// the name outside has no word the glossary reads and no word of the one inside, and about as many words (a
    /// parent or a programme printed in brackets, "Barış Derneği (Oxfam)", is shorter than the name it follows).
    /// </summary>
    private static bool InUnreadLanguage(string outer, string inner)
    {
        var outerWords = OrganizationNameForm.Words(outer);
        var innerWords = OrganizationNameForm.Words(inner);
        return innerWords.Count >= 3 && Math.Abs(WordsWithoutParticles(outer) - innerWords.Count) <= 2 && !NameGlossary.Read(outer).Translated
            && !outerWords.Any(innerWords.Contains) && !outerWords.Any(IsCountryWord) && PrintedOrganizationName.Parse(outer).Acronym is null;
    }

    /// <summary>
    /// How many words a name has, not counting the article and particles transliterated Arabic joins to a word with a
    /// hyphen ("Markaz al-Kharṭūm li-Ḥuqūq al-Insān" is four words, as "Khartoum Center for Human Rights" is five).
    /// </summary>
    private static int WordsWithoutParticles(string name) =>
        name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Count(token => JoinedParticles().Replace(token, "").Any(char.IsLetter));

    /// <summary>
    /// "Peace Council (Fredsrådet)": a known name followed by another name of the same body in brackets, one the file
    /// does not have (its name in its own language, its former name). The name outside links when the one in brackets
    /// names no other organization, shares no word with it (so it is no part or branch of it: "Oxfam International
    /// (Oxfam Kenya)") and has no country's name in it.
    /// </summary>
    private static OrganizationMatch? OtherNameInBrackets(string outer, string inner, string how, OrganizationMatch outerMatch, OrganizationMatch innerMatch)
    {
        if (!outerMatch.IsMatched || innerMatch.Candidates.Any(c => c.Organization.Id != outerMatch.Organization!.Id))
        {
            return null;
        }

        var innerWords = OrganizationNameForm.Words(inner).Where(w => !NameGlossary.IsSmallWord(w)).ToList();
        var outerWords = OrganizationNameForm.Words(outer);
        if (innerWords.Count == 0 || innerWords.Any(outerWords.Contains) || innerWords.Any(IsCountryWord))
        {
            return null;
        }

        return Matched(outerMatch.Method, outerMatch.Organization!, $"'{outer}' is printed with another name of it {how}, '{inner}', which names no other organization: {outerMatch.Reason}");
    }

    /// <summary>
    /// "HURINET-U" printed with Uganda: an organization's acronym with its country's initials (or code) after a hyphen.
    /// It is that organization only when the country printed is the one the letters stand for and it is filed under;
    /// any other country, or none, leaves it to the name rules and review.
    /// </summary>
    private OrganizationMatch? AcronymWithCountry(PrintedOrganizationName printed, IReadOnlyList<CountryCode> printedCountries)
    {
        if (CountrySuffixedAcronym().Match(printed.Acronym ?? printed.Base) is not { Success: true } suffixed
            || _byAcronym.GetValueOrDefault(AcronymKey(suffixed.Groups["acronym"].Value)) is not [var organization])
        {
            return null;
        }

        var suffix = suffixed.Groups["suffix"].Value;
        var country = printedCountries.Intersect(organization.Countries).FirstOrDefault(code =>
            code.Value == suffix || string.Concat(CountryTable.Get(code).Name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => char.ToUpperInvariant(w[0]))) == suffix);
        return country == default ? null
            : Matched(MatchMethod.Acronym, organization, $"'{suffixed.Value}' is the acronym '{suffixed.Groups["acronym"].Value}' of '{organization.Name}' with '{suffix}' for {CountryTable.Get(country).Name}, the country it is printed with and filed under");
    }

    /// <summary>
    /// "Centre for Conflict Resolution Studies, University of Cape Town": an organization's name followed by the university
    /// (or college, or school) it belongs to. It is that organization when the country agrees and the name has four
    /// words that tell it apart, or when no country is printed and it has five ("Montreal Institute for Genocide and
    /// Human Rights Studies (MIGS), Concordia University"); otherwise it goes to review, since a centre of one name may
    /// sit in several universities.
    /// </summary>
    private OrganizationMatch? Hosted(PrintedOrganizationName printed, IReadOnlyList<CountryCode> printedCountries)
    {
        if (HostInstitution().Match(printed.Base) is not { Success: true } hosted)
        {
            return null;
        }

        // The name alone, wherever it is: the country is weighed below, with the host.
        var (name, host) = (hosted.Groups["name"].Value.Trim(), hosted.Groups["host"].Value.Trim());
        var match = Match(name, []);
        if (!match.IsMatched || match.Method == MatchMethod.Acronym)
        {
            return null;
        }

        var organization = match.Organization!;
        var agrees = printedCountries.Intersect(organization.Countries).ToList();
        var why = $"'{name}' is the name before '{host}', the body it belongs to: {match.Reason}";
        // "Centre for Human Rights, University of …": a short name of a centre is borne by centres of many universities.
        var significant = SignificantWords(name);
        if (printedCountries.Count == 0 && significant >= NameAlone)
        {
            // Not by "International" alone: "Centre for International Law" is a centre of many universities.
            return Matched(MatchMethod.Variant, organization, $"{why}; no country is printed, but the name has {significant} words that tell it apart");
        }

        return agrees.Count > 0 && IsDistinctive(name, NameWithWitness)
            ? Matched(MatchMethod.Variant, organization, $"{why}; the country agrees ({string.Join(", ", agrees)})")
            : new OrganizationMatch(MatchMethod.Review, null, [new MatchCandidate(organization, 0.9, agrees.Count > 0 ? $"{why}; the country agrees, but the name is short" : $"{why}; no country agrees")], "the name is known, with the body it belongs to, but not surely this one: the editor decides");
    }

    /// <summary>
    /// The organizations whose name the printed one writes another way (<see cref="NameVariant"/>): a wording when
    /// the country does not disagree, a slip of a letter only when the country agrees; never when the acronyms differ.
    /// A printed acronym that spells the initials of an organization's name is a wording too, when the names share
    /// enough words (<see cref="AcronymOfName"/>).
    /// </summary>
    private List<MatchCandidate> Variants(PrintedOrganizationName printed, IReadOnlyList<CountryCode> printedCountries)
    {
        var variants = new List<MatchCandidate>();
        var printedBase = FoldedName.Of(printed.Base);
        var acronymOfOwnWords = IsAcronymOfOwnWords(printed);
        var ownAcronymInAnotherLanguage = acronymOfOwnWords && printedBase.Reading.Translated;
        foreach (var known in _organizations)
        {
            var organization = known.Organization;
            var ownAcronymOfATranslation = ownAcronymInAnotherLanguage && AcronymsDiffer(printed, known);
            if (AcronymsDiffer(printed, known) && !ownAcronymOfATranslation)
            {
                continue;
            }

            if (!acronymOfOwnWords && AcronymOfName(printed, printedBase, known) is { } spelled && !CountriesDisagree(printedCountries, organization))
            {
                var agreeing = printedCountries.Intersect(organization.Countries).ToList();
                variants.Add(new MatchCandidate(organization, 1, $"{spelled}; {(agreeing.Count > 0 ? $"the country agrees ({string.Join(", ", agreeing)})" : "no country to compare")}"));
                continue;
            }

            // "Oxfam", the short name of Oxfam International, is matched only as printed: "Oxfam America" is not that
            // name with its country, as "Human Rights Network Uganda" is Uganda's network, but another body.
            var best = known.Names
                .Where(name => !known.ShortNames.Contains(name.Name))
                .Select(name => (name.Name, Comparison: NameVariant.Compare(printedBase, name.Base, printedCountries, organization.Countries)))
                .Where(c => c.Comparison.Kind != NameVariant.Kind.Different && !(ownAcronymOfATranslation && c.Comparison.Kind != NameVariant.Kind.Wording))
                .OrderBy(c => c.Comparison.Kind)
                .FirstOrDefault();
            if (best.Name is null)
            {
                continue;
            }

            var agrees = printedCountries.Intersect(organization.Countries).ToList();
            var country = agrees.Count > 0 ? $"the country agrees ({string.Join(", ", agrees)})"
                : CountriesDisagree(printedCountries, organization) ? "" : "no country to compare";
            // A slip of one letter links when the country agrees, or, with no country printed, in a name of four words
            // or more that tell it apart ("Friends Commitee on National Legislation"): a different organization a
            // letter away from a long name is not a real risk; from a short one ("Peace Centre") it is.
            // The same name in other words links where the country does not disagree; translated, also where it says
            // it is international, as the name printed alike would ("Coalition pour la Cour pénale internationale"
            // printed from The Hague, "Oxfam Internacional" from Mexico City). A name in its own language that is only
            // spelt another way ("Global Justice Centre") may be another country's body, and so may a translated name
            // with nothing international about it ("Rede de Solidariedade com Timor-Leste"). A translation that names, in
            // its own language, the country the body is filed under links as the name printed alike would ("Ajuda da
            // Igreja Norueguesa" printed from Maputo is Norwegian Church Aid's office there, as "Norwegian Church Aid"
            // printed from Juba is).
            var significant = printedBase.Significant.Count;
            if (best.Comparison.Kind == NameVariant.Kind.Wording && country.Length == 0 && printedBase.Reading.Translated && SaysItIsInternational(printed.Base))
            {
                country = $"printed with {string.Join(", ", printedCountries)}, which it is not filed under, but the name in another language says it is international";
            }
            else if (best.Comparison.Kind == NameVariant.Kind.Wording && country.Length == 0 && printedBase.Reading.Translated && NameVariant.OwnCountryWitness(printed.Base, organization.Countries) is { } witness)
            {
                country = $"printed with {string.Join(", ", printedCountries)}, which it is not filed under, but {witness}";
            }
            else if (best.Comparison.Kind == NameVariant.Kind.Wording && country.Length == 0 && RegionBothLieIn(printed.Base, best.Name, printedCountries, organization) is { } region)
            {
                // "Mulheres e Direito na África Austral" printed from Maputo is "Women and Law in Southern Africa".
                country = $"printed with {string.Join(", ", printedCountries)}, which it is not filed under, but {region}";
            }

            var linked = best.Comparison.Kind == NameVariant.Kind.Wording ? country.Length > 0
                : (agrees.Count > 0 && significant >= 2) || (printedCountries.Count == 0 && significant >= 4);
            if (linked)
            {
                variants.Add(new MatchCandidate(organization, 1, $"'{printed.Printed}' is '{best.Name}' written another way: {best.Comparison.Why}; {country}"));
            }
        }

        return variants;
    }

    /// <summary>
    /// "Centro de Investigación y Educación para la Paz (CIEP)", "Association canadienne pour les Nations Unies (ACNU)":
    /// an acronym that spells the initials of the printed name's own words. It is no witness for another name with the
    /// same initials ("… Educación Popular"); and in a name printed in another language it says nothing against the
    /// known acronym of the name it translates (UNA-Canada), whose words must then be the same (a wording, not a slip
    /// of a letter).
    /// </summary>
    private static bool IsAcronymOfOwnWords(PrintedOrganizationName printed) =>
        printed.Acronym is { } acronym
        && string.Equals(OrganizationNameForm.Initials(printed.Base), AcronymKey(acronym), StringComparison.OrdinalIgnoreCase);

    /// <summary>A printed acronym that is none of the organization's acronyms, when it has one: "HRN-K" is not "HURINET".</summary>
    private static bool AcronymsDiffer(PrintedOrganizationName printed, Known organization) =>
        printed.Acronym is { } acronym
        && organization.AcronymKeys.Count > 0
        && !organization.AcronymKeys.Contains(AcronymKey(acronym));

    /// <summary>
    /// "Réseau international des femmes artisanes de paix (IWPN)" for the "International Women's Peace Network": the
    /// printed acronym (four letters or more; a "2" or "4" in it stands for "to" or "for", small words that initials
    /// skip) spells the initials of one of the organization's names, in whatever language the name beside it is
    /// printed, and the two names, read in English, share at least two words and half the words of the shorter. Why,
    /// or null.
    /// </summary>
    private static string? AcronymOfName(PrintedOrganizationName printed, FoldedName printedBase, Known organization)
    {
        if (printed.Acronym is not { } acronym || printed.Base == printed.Printed)
        {
            return null;
        }

        if (OrganizationNameForm.AcronymLetters(acronym)?.ToUpperInvariant() is not { Length: >= 4 } letters)
        {
            return null;
        }

        var reading = printedBase.Reading.Words;
        foreach (var (name, known) in organization.Names)
        {
            var initials = string.Concat(known.Significant.Select(w => char.ToUpperInvariant(w[0])));
            var knownReading = known.Reading.Words;
            var shared = reading.Count(w => knownReading.Any(x => x.Intersect(w).Any()));
            if (initials == letters && shared >= 2 && 2 * shared >= Math.Min(reading.Count, knownReading.Count))
            {
                return $"the printed acronym '{acronym}' spells the initials of '{name}', and the names share {shared} words read in English";
            }
        }

        return null;
    }

    /// <summary>Whether a printed name (without its acronym) is one of the organization's names, as printed, normalized, or written another way in any language.</summary>
    private static bool NameAgrees(string printedBase, Organization organization) =>
        organization.PrintedNames.Where(n => n.Length > 0).Select(n => PrintedOrganizationName.Parse(n).Base).Any(known =>
            OrganizationNameForm.Normalize(known) == OrganizationNameForm.Normalize(printedBase)
            || NameVariant.Compare(printedBase, known, [], organization.Countries).Kind == NameVariant.Kind.Wording);

    // Words that tell a name apart that a distinctive name needs: five alone, four with a second witness beside it
    // (its acronym, or the university it belongs to in the country it is filed under).
    private const int NameAlone = 5;
    private const int NameWithWitness = 4;

    /// <summary>A name that names one organization wherever it is printed: enough words that tell it apart, or a word saying it is international.</summary>
    private static bool IsDistinctive(string name, int words = NameAlone) => SignificantWords(name) >= words || SaysItIsInternational(name);

    /// <summary>A name with a word that says its body works worldwide: "International", "Global", "World", "mondiale".</summary>
    private static bool SaysItIsInternational(string name) =>
        OrganizationNameForm.Words(name).Any(w => w is "international" or "internationale" or "internacional" or "global" or "world" or "worldwide" or "mondiale" or "mundial");

    // The words of a name that tell it apart: all but the small ones ("for", "of", "the", "de").
    private static int SignificantWords(string name) => OrganizationNameForm.Words(name).Count(w => !NameVariant.IsSmallWord(w));

    private static OrganizationMatch Matched(MatchMethod method, Organization organization, string reason) =>
        new(method, organization, [new MatchCandidate(organization, 1, reason)], reason);

    private List<MatchCandidate> Candidates(PrintedOrganizationName printed, IReadOnlyList<CountryCode> printedCountries)
    {
        var candidates = new List<MatchCandidate>();
        var printedBase = FoldedName.Of(printed.Base);
        foreach (var known in _organizations)
        {
            var organization = known.Organization;
            var compared = known.Names
                .Select(name => Compare(printedBase, name.Base, printedCountries, organization))
                .ToList();
            // An organization with no name to compare (only possible for one being made) is nobody's match.
            if (compared.Count == 0 || compared.MaxBy(c => c.Score) is not { Score: > 0 } best)
            {
                continue;
            }

            var (score, countryNote) = WithCountrySignal(best.Score, printedCountries, organization);
            if (score >= ReviewThreshold)
            {
                var reason = string.Create(CultureInfo.InvariantCulture, $"score {score:0.00} against '{best.Name}': {best.Why}; {countryNote}");
                candidates.Add(new MatchCandidate(organization, Math.Round(score, 2), reason));
            }
        }

        return [.. candidates
            .OrderByDescending(c => c.Score)
            .ThenBy(c => c.Organization.Id, StringComparer.Ordinal)
            .Take(MaxCandidates)];
    }

    /// <summary>
    /// Compares two names without their acronyms and says why they are alike. Names that differ by a word in place of
    /// another ("Institute" for "Forum", "International" for "Australia") or by another country's name added to one
    /// of them are different organizations, not candidates, however much else they share.
    /// </summary>
    private static (double Score, string Name, string Why) Compare(FoldedName printedName, FoldedName knownName, IReadOnlyList<CountryCode> printedCountries, Organization organization)
    {
        var (a, b, known) = (printedName.Words, knownName.Words, knownName.Name);
        if (a.Count == 0 || b.Count == 0)
        {
            return (0, known, "");
        }

        // Written another way, but with a country that disagrees (or, for a slip of a letter, none to agree).
        var variant = NameVariant.Compare(printedName, knownName, printedCountries, organization.Countries);
        if (variant.Kind != NameVariant.Kind.Different)
        {
            return (variant.Kind == NameVariant.Kind.Wording ? 0.97 : 0.9, known, variant.Why);
        }

        var onlyPrinted = NameSimilarity.WordsOnlyIn(a, b).Where(w => !NameVariant.IsSmallWord(w)).ToList();
        var onlyKnown = NameSimilarity.WordsOnlyIn(b, a).Where(w => !NameVariant.IsSmallWord(w)).ToList();
        if (onlyPrinted.Count > 0 && onlyKnown.Count > 0)
        {
            return (0, known, "");
        }

        if ((onlyPrinted.Count > 0 && onlyPrinted.All(IsCountryWord) && !onlyPrinted.Any(w => IsCountryOf(w, organization.Countries)))
            || (onlyKnown.Count > 0 && onlyKnown.All(IsCountryWord) && printedCountries.Count > 0 && !onlyKnown.Any(w => IsCountryOf(w, printedCountries))))
        {
            // "Genocide Alert Austria" beside a German "Genocide Alert": a country added to a name is another country's body.
            return (0, known, "");
        }

        var score = NameSimilarity.Score(printedName, knownName);
        if (Math.Min(a.Count, b.Count) >= 2 || IsBrandAlone(a, b))
        {
            // Every word of the shorter name is in the longer one: "Global Action to Prevent War (and Armed Conflict)".
            score = Math.Max(score, ReviewThreshold);
        }

        var differs = (onlyPrinted.Count, onlyKnown.Count) switch
        {
            (0, 0) => "the same words",
            (_, 0) => $"only the printed name has '{string.Join(' ', onlyPrinted)}'",
            _ => $"only the known name has '{string.Join(' ', onlyKnown)}'",
        };
        return (score, known, differs);
    }

    /// <summary>
    /// An organization as the rules for names written another way and similar names read it, folded once when the
    /// matcher is built: each of its names with the name's own acronym set apart (<see cref="PrintedOrganizationName"/>)
    /// and folded (<see cref="FoldedName"/>), and the keys of its acronyms.
    /// </summary>
    /// <summary>An organization as the matcher reads it: its names folded, its acronyms' keys, and which of its names are its short names ("Oxfam" beside "Oxfam International").</summary>
    private sealed record Known(Organization Organization, IReadOnlyList<(string Name, FoldedName Base)> Names, IReadOnlyList<string> AcronymKeys, IReadOnlySet<string> ShortNames)
    {
        public static Known Of(Organization organization) => new(
            organization,
            [.. organization.PrintedNames.Where(name => name.Length > 0).Select(name => (name, FoldedName.Of(PrintedOrganizationName.Parse(name).Base)))],
            [.. AcronymsOf(organization).Select(AcronymKey)],
            ShortNamesOf(organization));

        private static HashSet<string> ShortNamesOf(Organization organization)
        {
            var shortForms = NamesWithoutInternational(organization).Select(OrganizationNameForm.Normalize).ToHashSet(StringComparer.Ordinal);
            return organization.PrintedNames.Where(name => shortForms.Contains(OrganizationNameForm.Normalize(PrintedOrganizationName.Parse(name).Base))).ToHashSet(StringComparer.Ordinal);
        }
    }

    /// <summary>
    /// The word or two of the printed name that name one of the printed countries and are in a name of the organization
    /// too ("Burma" in "ALTSEAN-Burma" and "Alternative ASEAN Network on Burma"), or null.
    /// </summary>
    private static string? CountryInItsName(string printedName, IReadOnlyList<CountryCode> printedCountries, Organization organization)
    {
        var words = NameWords().Matches(printedName).Select(m => m.Value).ToList();
        var runs = words.Select((w, i) => i + 1 < words.Count ? [w, $"{w} {words[i + 1]}"] : new[] { w }).SelectMany(r => r);
        var known = string.Join(" ", [organization.Name, organization.Acronym ?? "", .. organization.Aliases]);
        var knownWords = " " + string.Join(" ", NameWords().Matches(known).Select(m => m.Value)) + " ";
        return runs.FirstOrDefault(run => IsCountryOf(run, printedCountries) && knownWords.Contains($" {run} ", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>
    /// "Women and Law in Southern Africa" printed with Zambia and filed under Lesotho: the printed name and the known one
    /// both name a region (<see cref="RegionTable"/>) that holds every printed country and one the organization is
    /// filed under. Why, or null.
    /// </summary>
    private static string? RegionBothLieIn(string printedBase, string knownName, IReadOnlyList<CountryCode> printedCountries, Organization organization) =>
        printedCountries.Count > 0
        && RegionTable.Named(NameGlossary.Read(printedBase).Words) is { } region
        && RegionTable.Named(NameGlossary.Read(knownName).Words)?.Name == region.Name
        && printedCountries.All(region.Countries.Contains) && organization.Countries.Any(region.Countries.Contains)
            ? $"{RegionWitness} ('{region.Name}')"
            : null;

    private const string RegionWitness = "its name names a region that holds both";

    /// <summary>
    /// Whether a link was made only because the body is named after a region that holds the printed country (<see
    /// cref="RegionBothLieIn"/>): printed with a country after a dash ("Women and Law in Southern Africa – Zambia"), such
    /// a name is the region's body's national chapter, which the importer keeps apart.
    /// </summary>
    public static bool LinksByRegion(OrganizationMatch match)
    {
        ArgumentNullException.ThrowIfNull(match);
        return match.Reason.Contains(RegionWitness, StringComparison.Ordinal);
    }

    private static bool IsCountryOf(string word, IReadOnlyList<CountryCode> countries) =>
        CountryTable.TryResolveName(word, out var country) && countries.Contains(country.Code);

    private static (double Score, string Note) WithCountrySignal(double score, IReadOnlyList<CountryCode> printed, Organization organization)
    {
        if (printed.Count == 0 || organization.Countries.Count == 0)
        {
            return (score, "no country to compare");
        }

        var shared = printed.Intersect(organization.Countries).ToList();
        return shared.Count > 0
            ? (Math.Min(1, score + 0.03), $"country agrees ({string.Join(", ", shared)})")
            : (score - 0.1, $"country disagrees (printed {string.Join(", ", printed)}, known {string.Join(", ", organization.Countries)})");
    }

    /// <summary>
    /// "Oxfam" printed alone, the first word of "Oxfam International" and of "Oxfam Australia": a word no glossary knows
    /// (a proper name, not "Forum") that begins a known name makes that organization a candidate, never a link; which
    /// body of the name the letter means, the editor decides.
    /// </summary>
    private static bool IsBrandAlone(IReadOnlyList<string> printed, IReadOnlyList<string> known) =>
        printed is [var word] && known.Count > 1 && known[0] == word && !NameVariant.IsSmallWord(word) && !NameGlossary.Knows(word);

    private static bool CountriesDisagree(IReadOnlyList<CountryCode> printed, Organization organization) =>
        printed.Count > 0 && organization.Countries.Count > 0 && !printed.Intersect(organization.Countries).Any();

    private static bool IsCountryWord(string word) => CountryTable.TryResolveName(word, out _);

    private static CountryCode? CountryOfWord(string word) => CountryTable.TryResolveName(word, out var country) ? country.Code : null;

    private static IEnumerable<string> AcronymsOf(Organization organization) =>
        organization.PrintedNames.Select(PrintedOrganizationName.Parse).Where(name => !IsAcronymOfTheBodyAfterADash(name)).Select(name => name.Acronym).Prepend(organization.Acronym)
            .OfType<string>()
            .SelectMany(EachAcronym);

    /// <summary>
    /// "Act for peace - National Council of Churches in Australia (NCCA)" among an organization's names: two bodies
    /// (<see cref="TwoBodies"/>), and an acronym that spells the second. It is the council's acronym, and the council
    /// signs letters of its own: not the organization's acronym.
    /// </summary>
    private static bool IsAcronymOfTheBodyAfterADash(PrintedOrganizationName name) =>
        TwoBodies(name) is var (_, second) && PrintedOrganizationName.SpellsInitialsOf(name.Acronym!, second);

    // "Union panafricaine des avocats (UPA/PALU)": a body's acronyms in two languages, side by side; each is its acronym
    // as well, so "União Pan-Africana de Advogados (PALU)" prints one of them.
    private static IEnumerable<string> EachAcronym(string acronym) =>
        acronym.Split('/', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries) is { Length: > 1 } each ? [acronym, .. each] : [acronym];

    private static IEnumerable<string> NormalizedFormsOf(Organization organization) =>
        organization.PrintedNames.SelectMany(name => new[] { name, PrintedOrganizationName.Parse(name).Base }).Select(OrganizationNameForm.Normalize);

    // Acronyms compare in capitals without punctuation: "WFM-IGP" and "WFM IGP".
    private static string AcronymKey(string acronym) =>
        string.Concat(acronym.Where(char.IsLetterOrDigit)).ToUpperInvariant();

    // The words of a name, apart at spaces, hyphens, slashes and brackets ("ALTSEAN-Burma" → "ALTSEAN", "Burma").
    [GeneratedRegex(@"\p{L}[\p{L}'’.]*", RegexOptions.CultureInvariant)]
    private static partial Regex NameWords();

    [GeneratedRegex(@"\s+[-–—]\s+", RegexOptions.CultureInvariant)]
    private static partial Regex SpacedDash();

    [GeneratedRegex(@"^International\s+|\s+International$", RegexOptions.CultureInvariant)]
    private static partial Regex InternationalAtAnEnd();

    // "HURINET-U", "KHRC-K": an acronym, a hyphen and one to three capitals.
    [GeneratedRegex(@"^(?<acronym>\p{Lu}[\p{Lu}\d&]{1,14})[-–](?<suffix>\p{Lu}{1,3})$", RegexOptions.CultureInvariant)]
    private static partial Regex CountrySuffixedAcronym();

    // "Église évangélique du Congo (Evangelical Church of Congo)": a name of two words or more in brackets at the end.
    // "al-", "el-", "li-", "li-l-", "wa-", "wa-l-", "bi-": the article and particles of transliterated Arabic, at a word's start.
    [GeneratedRegex(@"^(?:(?:al|el|li|wa|bi|fi|ka|l)-)+", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex JoinedParticles();

    // "Ajuda da Igreja Dinamarquesa (DanChurchAid)": or one word of capitalised parts, a name and no acronym ("ICRtoP").
    // "Act for Peace (العمل من أجل السلام)", "Peace Council (和平理事会)": or a name in a script without capitals, as
    // bilingual lists print the name in the other script after the one the body is known by.
    [GeneratedRegex(@"^(?<outer>[^()]*\S)\s*\((?<inner>\p{Lu}[^()]*\s[^()]*\S|\p{Lu}\p{Ll}+(?:\p{Lu}\p{Ll}+)+|\p{Lo}[^()]*\S)\)$", RegexOptions.CultureInvariant)]
    private static partial Regex BracketedName();

    // The seam between the parts of a name written as one word: "DanChurchAid", "WaterAid".
    [GeneratedRegex(@"(\p{Ll})(\p{Lu})", RegexOptions.CultureInvariant)]
    private static partial Regex CompoundName();

    // "Église de Suède / Church of Sweden": two names on either side of one spaced slash.
    [GeneratedRegex(@"^(?<outer>[^/]*\p{L}[^/]*?)\s+/\s+(?<inner>\p{Lu}[^/]*)$", RegexOptions.CultureInvariant)]
    private static partial Regex SlashedNames();

    // "Comité de Amigos … – Friends Committee …": two names on either side of one spaced dash.
    [GeneratedRegex(@"^(?<outer>[^–—]*\p{L}[^–—]*?)\s+[–—-]\s+(?<inner>\p{Lu}[^–—]*)$", RegexOptions.CultureInvariant)]
    private static partial Regex DashedNames();

    // "… Popular (Cinep)": a name, then one word in brackets, a capital and small letters.
    [GeneratedRegex(@"^(?<name>.*\S)\s*\((?<short>\p{Lu}\p{Ll}{2,})\)$", RegexOptions.CultureInvariant)]
    private static partial Regex ShortNameWord();

    // A unit of a body, its kind first ("División de las Américas", "Programa Andino", "Bureau régional pour l'Afrique")
    // or last ("Americas Division", "Africa Program", "Geneva Office", "Digital Mass Atrocity Prevention Lab", "EU-kantoor"),
    // in five words at most; a branch or a section ("Section française") may be a body of its own and is none.
    [GeneratedRegex(@"^(?:(?:Division|División|Divisão|Program|Programme|Programa|Office|Oficina|Escritório|Bureau|Büro|Ufficio|Department|Departamento|Département|Desk)(?:\s+\S+){0,4}|(?:\S+\s+){0,4}(?:Division|Program|Programme|Office|Desk|Department|Lab|Laboratory|Unit|Clinic)|(?:\S+\s+){0,3}\S*-?(?:kantoor|Kantoor))$", RegexOptions.CultureInvariant)]
    private static partial Regex UnitOfTheBody();

    // ", University of Cape Town", " – Universidade de Lisboa", ", Oxford University": the body a centre belongs to.
    [GeneratedRegex(@"^(?<name>.*\S)\s*(?:,|\s[-–—])\s*(?<host>(?:(?:the\s+)?(?:university|université|universite|universidad|universidade|università|universität|college|faculty|faculté|facultad|faculdade|school|école|escuela|escola)\b[^,]*)|(?:[^,]*\s(?:university|universität|universiteit|college)))$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex HostInstitution();

    private static FrozenDictionary<string, Organization[]> Group(IReadOnlyList<Organization> organizations, Func<Organization, IEnumerable<string>> keysOf, Func<string, string> key)
    {
        var groups = new Dictionary<string, List<Organization>>(StringComparer.Ordinal);
        foreach (var organization in organizations)
        {
            foreach (var k in keysOf(organization).Select(key).Where(k => k.Length > 0).Distinct(StringComparer.Ordinal))
            {
                if (!groups.TryGetValue(k, out var list))
                {
                    groups[k] = list = [];
                }

                if (!list.Any(o => o.Id == organization.Id))
                {
                    list.Add(organization);
                }
            }
        }

        return groups.ToFrozenDictionary(g => g.Key, g => g.Value.ToArray(), StringComparer.Ordinal);
    }
}
