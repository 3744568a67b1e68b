using System.Text.RegularExpressions;
using Archive.Core.Countries;
using Archive.Core.Organizations;
using Archive.Core.Text;

namespace Archive.SiteGen.Import;

/// <summary>
/// The organizations as an import run sees them: the content's, plus those the run creates, plus the names and
/// countries it adds to them. Each signatory is matched against all of these, so the second letter of a run knows
/// the organizations the first one created. Matching itself is core's <see cref="OrganizationMatcher"/>.
/// </summary>
internal sealed partial class ImportedOrganizations
{
    private readonly Dictionary<string, Organization> _byId;
    private readonly HashSet<string> _existingIds;
    private readonly List<string> _order = [];
    private OrganizationMatcher? _matcher;

    public ImportedOrganizations(IEnumerable<Organization> existing)
    {
        _byId = existing.ToDictionary(o => o.Id, StringComparer.Ordinal);
        _existingIds = [.. _byId.Keys];
        _order.AddRange(_byId.Keys.Order(StringComparer.Ordinal));
    }

    /// <summary>The organizations created by this run, in the order they were created.</summary>
    public IEnumerable<Organization> Created => _order.Where(id => !_existingIds.Contains(id)).Select(id => _byId[id]);

    /// <summary>Existing organizations this run adds names or countries to, with what it adds.</summary>
    public Dictionary<string, (List<string> Aliases, List<CountryCode> Countries)> Additions { get; } = new(StringComparer.Ordinal);

    public bool Exists(string id) => _existingIds.Contains(id);

    public Organization? Find(string id) => _byId.GetValueOrDefault(id);

    /// <summary>Matches a printed signatory and decides: link, or create (a review candidate is linked only when the editor says so).</summary>
    /// <param name="namedByAnotherEntry">The organizations other entries of the same letter name by their own names, in other words (<see cref="LetterOwnNames"/>).</param>
    public ResolvedSignatory Resolve(PrintedSignatory printed, IReadOnlyDictionary<string, string> accepted, bool mergeReviewed, IReadOnlySet<string> namedByAnotherEntry)
    {
        // "Front Line Defenders – Ireland" in a list that prints places apart: the dash separates the country, unless
        // the whole is an organization's name ("World Federalist Movement – Canada"). An acronym the whole shares with
        // an organization ("CIVICUS: … – Global") says nothing about the part after the dash.
        if (printed.WholeName is { } whole && (IsWholeName(whole, printed) || IsBranch(printed)))
        {
            printed = printed with { Name = whole, WholeName = null, Note = string.Join("; ", new[] { printed.Note, $"kept '{whole}' as one name" }.OfType<string>()) };
        }

        var printedCountries = CountriesToMatch(printed);
        var match = Matcher.Match(printed.Name, printedCountries);
        if (printed.FromCity && match.Method == MatchMethod.Review && Matcher.Match(printed.Name, printed.Places.Countries) is { IsMatched: true } byCity
            && match.Candidates.Any(c => c.Organization.Id == byCity.Organization!.Id))
        {
            // "Associação OMUNGA (Lobito)": a city's country never argues against an organization, but it may agree with
            // the one the name is written another way of, as a printed country would.
            match = byCity with { Reason = $"{byCity.Reason} (the country is its city's, {printed.City})" };
        }
        else if (printed.FromCity && match.Method == MatchMethod.Variant && !match.Organization!.Countries.Intersect(printed.Places.Countries).Any()
            && Matcher.Match(printed.Name, printed.Places.Countries) is { IsMatched: false } againstCity)
        {
            // "Derechos Humanos Sin Fronteras – Cusco" is not "Droits Humains Sans Frontières" of the Congo: a city does
            // not argue against an organization's own name, but a name written another way (a translation, a
            // spelling) in another country is as often another body of the same words; the editor decides.
            match = againstCity with { Reason = $"{againstCity.Reason} (the country is its city's, {printed.City})" };
        }
        else if (printed.FromCity && match.Method is MatchMethod.Alias or MatchMethod.Normalized
            && Matcher.Match(printed.Name, printed.Places.Countries) is { Method: MatchMethod.Review } reviewByCity && reviewByCity.Candidates.Any(c => c.Organization.Id == match.Organization!.Id))
        {
            // "Centre for Peace and Conflict Studies (CPCS), Siem Reap" is not Sydney's centre: a name of kinds and fields
            // alone, printed from a city of a country it is not filed under, may be any of the bodies so named, as with
            // a printed country; a name of its own ("Human Rights Watch (Geneva)") still links to its office abroad.
            match = reviewByCity with { Reason = $"{reviewByCity.Reason} (the country is its city's, {printed.City})" };
        }

        if (match.Method == MatchMethod.Variant && namedByAnotherEntry.Contains(match.Organization!.Id))
        {
            // A letter names each of its signatories once: "Droits de l'Homme Sans Frontières – Kinshasa" above "Droits
            // Humains Sans Frontières (DHSF) – Goma" are two bodies, and the one written another way is the editor's to decide.
            var why = $"another entry of this letter is {match.Organization.Id} by its own name, so this one, written like it, may be another organization";
            match = new OrganizationMatch(MatchMethod.Review, null, [new MatchCandidate(match.Organization, 0.9, $"{match.Reason}; but {why}")], why);
        }

        if (printed.FromName is { } fromName && match.Organization is { } found && !found.Countries.Contains(fromName))
        {
            printed = printed with
            {
                Places = printed.Places with { Countries = printedCountries },
                Note = string.Join("; ", new[] { printed.Note, $"the name names {fromName}, where {found.Id} is not: not taken as its country" }.OfType<string>()),
            };
        }

        switch (match.Method)
        {
            case MatchMethod.Alias or MatchMethod.Acronym or MatchMethod.Normalized or MatchMethod.Variant:
                Link(match.Organization!.Id, printed);
                return new ResolvedSignatory(printed, match, match.Organization.Id, false, $"matched by {Describe(match.Method)}: {match.Organization.Id}");
            case MatchMethod.Review or MatchMethod.New when accepted.TryGetValue(OrganizationNames.Key(printed.Name), out var acceptedId):
                Link(acceptedId, printed);
                return new ResolvedSignatory(printed, match, acceptedId, false, $"linked to {acceptedId} (--accept)");
            case MatchMethod.Review when mergeReviewed:
                var best = match.Candidates[0].Organization.Id;
                Link(best, printed);
                return new ResolvedSignatory(printed, match, best, false, $"linked to the best candidate {best} (--merge-reviewed)");
            default:
                var created = Create(printed, out var withCountry);
                var decision = match.Method == MatchMethod.Review
                    ? $"NEEDS REVIEW: written as a new organization {created.Id}; it may be one you already have"
                    : $"new organization {created.Id}";
                decision += withCountry ? $"; filed as '{created.Name}', since another organization has the name as printed" : "";
                return new ResolvedSignatory(printed, match, created.Id, true, decision);
        }
    }

    /// <summary>
    /// Whether the whole, dash and country included, is an organization's name: as the archive writes it, or written
    /// another way ("UN Association – Norway" for the "United Nations Association – Norway") by an organization of the
    /// country after the dash whose own name ends after a dash, so the country is its name's ("Front Line Defenders –
    /// Ireland" is the Front Line Defenders, of Ireland), and which the part before the dash does not name already
    /// ("United Nations Association – UK – United Kingdom" is the association's name and its country).
    /// </summary>
    private bool IsWholeName(string whole, PrintedSignatory printed) =>
        Matcher.Match(whole, printed.Places.Countries) is { IsMatched: true } match
        && (match.Method is MatchMethod.Alias or MatchMethod.Normalized
            || (match.Method == MatchMethod.Variant && match.Organization!.Countries.Intersect(printed.Places.Countries).Any() && NameWithDash().IsMatch(match.Organization.Name)
                && !NamesAlready(printed, match.Organization.Id)));

    // The part before the dash is the organization's own name, as the archive writes it, or in another language
    // ("FN-forbundet – Denmark" for the "United Nations Association – Denmark": the country after the dash is its place).
    private bool NamesAlready(PrintedSignatory printed, string id) =>
        Matcher.Match(printed.Name, printed.Places.Countries) is { IsMatched: true } before && before.Organization!.Id == id
        && (before.Method is MatchMethod.Alias or MatchMethod.Normalized || Archive.Core.Organizations.NameGlossary.Read(printed.Name).Translated);

    // "United Nations Association – Sweden": a name whose own last part stands after a spaced dash.
    [GeneratedRegex(@"\S\s[-–—]\s\S", RegexOptions.CultureInvariant)]
    private static partial Regex NameWithDash();

    /// <summary>
    /// "Women and Law in Southern Africa – Zambia" beside a known "Women and Law in Southern Africa" of Lesotho: the name
    /// without the country is another country's organization, so the country is part of this one's name. A scope
    /// ("… – Global") names no country and no branch, and neither does a distinctive name the matcher links wherever
    /// it is printed from ("World Organisation Against Torture – Belgium"). Only a body of a region or of the world has
    /// branches so named; one of a single country printed with another ("Centre for Peace and Conflict Studies –
    /// Cambodia") is that body, signing from where it is, as the same name with the country in brackets would be.
    /// </summary>
    private bool IsBranch(PrintedSignatory printed)
    {
        // A body named after a region links from any of its countries, but printed with one after a dash it is that
        // country's chapter ("Women and Law in Southern Africa – Zambia").
        if (printed.Places.Countries.Count == 0 || Matcher.Match(printed.Name, printed.Places.Countries) is { IsMatched: true } match && !OrganizationMatcher.LinksByRegion(match))
        {
            return false;
        }

        var anywhere = Matcher.Match(printed.Name, []);
        // A review offers a similar name, which is no branch of this one: "Lawyers for Human Rights – South Africa" is not
        // a branch of the "Canadian Lawyers for International Human Rights". Nor is a name written another way, which
        // is the organization only where the country does not disagree: "Oxfam Internacional – Quénia" is a name and
        // its country, for the editor to review.
        var known = anywhere.Method is MatchMethod.Alias or MatchMethod.Acronym or MatchMethod.Normalized ? anywhere.Organization : null;
        return known is not null && known.Countries.Count > 0 && !known.Countries.Intersect(printed.Places.Countries).Any() && Places.NamesARegion(known.Name);
    }

    /// <summary>
    /// The countries a printed entry argues for or against an organization with. A city's country never argues against
    /// one; a country read only from the name does not argue against the organization the name is (ALTSEAN-Burma is
    /// in Thailand), and when the organization is not in it, it is not kept.
    /// </summary>
    private static IReadOnlyList<CountryCode> CountriesToMatch(PrintedSignatory printed) =>
        printed.FromCity ? [] : printed.FromName is { } named ? [.. printed.Places.Countries.Where(c => c != named)] : printed.Places.Countries;

    /// <summary>Which organization each entry of one letter names by its own name (alias, acronym or normalized form) where its country agrees, before any is linked.</summary>
    public LetterOwnNames ByOwnNames(IEnumerable<PrintedSignatory> entries) =>
        new(entries
            .Select(e => (e.Name, Match: Matcher.Match(e.Name, CountriesToMatch(e))))
            .Where(e => e.Match.Method is MatchMethod.Alias or MatchMethod.Acronym or MatchMethod.Normalized)
            .Select(e => (e.Name, e.Match.Organization!.Id)));

    /// <summary>An organization this printed name surely is (alias, acronym or normalized form), for affiliations and letterheads; never creates one.</summary>
    public Organization? FindSure(string printedName)
    {
        var match = Matcher.Match(printedName, []);
        return match.IsMatched ? match.Organization : null;
    }

    public static string Describe(MatchMethod method) => method switch
    {
        MatchMethod.Alias => "alias",
        MatchMethod.Acronym => "acronym",
        MatchMethod.Normalized => "normalized form",
        MatchMethod.Variant => "the same name written another way",
        MatchMethod.Review => "review",
        _ => "new",
    };

    private OrganizationMatcher Matcher => _matcher ??= OrganizationMatcher.Create(_order.Select(id => _byId[id]));

    /// <summary>Links a printed name to an organization, adding the name as an alias and the countries it lacks.</summary>
    private void Link(string id, PrintedSignatory printed)
    {
        var organization = _byId[id];
        var newAlias = organization.PrintedNames.All(n => OrganizationNames.Key(n) != OrganizationNames.Key(printed.Name)) && !IsClaimed(printed.Name);
        var newCountries = printed.Places.Countries.Where(c => !organization.Countries.Contains(c)).ToList();
        if (!newAlias && newCountries.Count == 0)
        {
            return;
        }

        _byId[id] = organization with
        {
            Aliases = newAlias ? [.. organization.Aliases, printed.Name] : organization.Aliases,
            Countries = [.. organization.Countries, .. newCountries],
        };
        _matcher = null;
        if (_existingIds.Contains(id))
        {
            if (!Additions.TryGetValue(id, out var additions))
            {
                Additions[id] = additions = ([], []);
            }

            if (newAlias)
            {
                additions.Aliases.Add(printed.Name);
            }

            additions.Countries.AddRange(newCountries);
        }
    }

    /// <summary>A new organization named as printed: the name without its acronym, the acronym, and the printed form as an alias.</summary>
    private Organization Create(PrintedSignatory printed, out bool withCountry)
    {
        var parts = PrintedOrganizationName.Parse(printed.Name);
        var name = parts.Base != parts.Printed && !IsClaimed(parts.Base) ? parts.Base : parts.Printed;
        var acronym = parts.Acronym is { } a && name != parts.Printed && !IsClaimed(a) ? a : null;
        withCountry = IsClaimed(name) && printed.Places.Countries.Count > 0;
        if (withCountry)
        {
            // "Centre for Peace and Conflict Studies" of Cambodia, left for review beside Sydney's centre of that name:
            // a name is one organization's, so the new one is filed with its country after it; the letter keeps the
            // name as printed.
            name = $"{name} ({string.Join(", ", printed.Places.Countries.Select(c => CountryTable.Get(c).Name))})";
        }

        // "The Southern Africa Litigation Centre" is filed under southern-africa-…, as readers look it up.
        var withoutThe = name.StartsWith("The ", StringComparison.OrdinalIgnoreCase) ? name[4..] : name;
        var id = UniqueId(Slug.From(withoutThe, Slug.OrganizationIdLength) is { Length: > 0 } slug ? slug : "organization");
        var organization = new Organization
        {
            Id = id,
            Name = name,
            Acronym = acronym,
            Aliases = name == parts.Printed || IsClaimed(parts.Printed) ? [] : [parts.Printed],
            Countries = printed.Places.Countries,
            Location = new Archive.Core.Content.SourceLocation($"organizations/{id}.yml", 1),
        };
        _byId[id] = organization;
        _order.Add(id);
        _matcher = null;
        return organization;
    }

    private bool IsClaimed(string printedName)
    {
        var key = OrganizationNames.Key(printedName);
        return _byId.Values.Any(o => o.PrintedNames.Any(n => OrganizationNames.Key(n) == key));
    }

    private string UniqueId(string slug)
    {
        var id = slug;
        // The site's own folder of the organizations index is no organization's id (check refuses it).
        for (var n = 2; _byId.Keys.Any(k => string.Equals(k, id, StringComparison.OrdinalIgnoreCase))
            || string.Equals(id, Archive.Core.Content.LoadContent.ReservedOrganizationId, StringComparison.Ordinal); n++)
        {
            id = $"{slug}-{n}";
        }

        return id;
    }
}
