using System.Text.RegularExpressions;
using Archive.Core.Organizations;

namespace Archive.SiteGen.Import;

/// <summary>
/// The places a heading gives the organizations under it, and whether it says what they are ("Syrian organisations",
/// "Regional and international organisations") rather than only where they are ("SYRIA", "INTERNATIONAL"): under such
/// a heading a town an entry prints says where that one sits (<see cref="CityCountries"/>).
/// </summary>
internal sealed record GroupHeading(PrintedPlaces Places, bool OfKind = false);

/// <summary>
/// Places printed for a group of entries rather than on each: a country heading ("KENYA") over its organizations, a
/// line closing a group ("— all of Lebanon"), a network signing for its members in one place, a country on the line
/// under a name, a table's country cell merged down over its rows.
/// </summary>
internal static partial class GroupPlaces
{
    /// <summary>A line that gives its places to a group of entries, or to the entry above.</summary>
    public static bool TryRead(BlockReading reading, BlockLine blockLine)
    {
        var (_, text, line, startsParagraph, cleaned) = blockLine;
        if (GroupPlace().Match(text) is { Success: true } groupPlace && !IsCapitals(groupPlace.Groups["place"].Value) && Places.TryRead(groupPlace.Groups["place"].Value) is { } after && reading.Mode != ListMode.People && reading.Contents.Signatories.Count > reading.GroupStart)
        {
            // "— all of Lebanon" under a group of names: the country of every name of the group above it (back to
            // the previous such line), over a country read only from a name.
            for (var g = reading.GroupStart; g < reading.Contents.Signatories.Count; g++)
            {
                reading.Contents.Signatories[g] = UnderHeading(reading.Contents.Signatories[g], new GroupHeading(after), heading: false);
            }

            reading.GroupStart = reading.Contents.Signatories.Count;
            reading.Contents.Skipped.Add(new SkippedLine(line, text, $"the place of the group above: {Describe(after)}"));
            return true;
        }

        if (IsCapitals(cleaned) && PlaceHeading.TryRead(cleaned) is null && reading.NextPrintedLine() is { } below && ColumnRow.TryHeader(below) is not null)
        {
            // "AFRIQUE DE L'EST ET AUSTRALE" over a table's header row: a section of the list, whose rows print their countries.
            (reading.Group, reading.ByHeadings) = (new GroupHeading(PrintedPlaces.None), true);
            reading.Contents.Skipped.Add(new SkippedLine(line, text, "the heading of a section of the list, above its table"));
            return true;
        }

        if (!startsParagraph && reading.Mode != ListMode.People && IsSecondOfTwo(reading.Lines, reading.Index) && TownAndCountry(cleaned) is { } townCountry
            && PlacelessPrevious(reading.Contents, reading.Lines, reading.Index) is { } named)
        {
            // "[logo] Kakuma Refugee Youth Network" / "Kakuma, Kenya", a paragraph of its own: the entry and where it
            // is, though the archive does not know the town; a list that prints entries one to a line has no such pairs.
            reading.Contents.Signatories[named] = reading.Contents.Signatories[named] with { Places = townCountry, FromName = null };
            reading.Contents.Skipped.Add(new SkippedLine(line, text, $"the place of '{reading.Contents.Signatories[named].Name}' on the line above"));
            return true;
        }

        if (!IsRowOfTable(reading, text) && PlaceHeading.TryRead(cleaned) is { } places)
        {
            if (reading.Current is not null || reading.Mode == ListMode.People)
            {
                Signers.OrganizationPlaceUnderHead(reading, startsParagraph, places);
                reading.Contents.Skipped.Add(new SkippedLine(line, text, "a place printed with a person (people are kept without one)"));
            }
            else if (!reading.ByHeadings && !startsParagraph && !IsCapitals(cleaned) && !text.EndsWith(':') && PlacelessPrevious(reading.Contents, reading.Lines, reading.Index) is { } previous)
            {
                // "Aegis Trust" then "United Kingdom" on the next line: the country of the organization above.
                reading.Contents.Signatories[previous] = reading.Contents.Signatories[previous] with { Places = places, FromName = null };
                reading.Contents.Skipped.Add(new SkippedLine(line, text, $"the place of '{reading.Contents.Signatories[previous].Name}' on the line above"));
            }
            else
            {
                (reading.Group, reading.ByHeadings) = (new GroupHeading(places, OfKind: OrganizationEntries.NamesKinds(cleaned)), true);
                var said = places.Any ? "in " + Describe(places) : "in no one place";
                reading.Contents.Skipped.Add(new SkippedLine(line, text, $"a heading: the organizations below it are {said}"));
            }

            return true;
        }

        if (OnBehalfOfMembers().Match(text) is { Success: true } members && reading.Mode != ListMode.People)
        {
            // "Lake Region Network – Kenya," then "on behalf of its members (all in Kenya):" and the members below:
            // the network signs, and its members sign under it, in the place it gives them.
            var membersPlace = members.Groups["place"].Success ? Places.TryRead(members.Groups["place"].Value) : null;
            (reading.Group, reading.ByHeadings) = (new GroupHeading(membersPlace ?? PrintedPlaces.None), true);
            reading.Contents.Skipped.Add(new SkippedLine(line, text, "the organization above signs for its members, listed below"));
            return true;
        }

        return false;
    }

    // "11.11.11\tBelgium" under "Organisation\tCountry": a line of cells under a table's header row is a row, not a heading.
    private static bool IsRowOfTable(BlockReading reading, string text) => reading.Columns is not null && ColumnRow.Cells(text).Count > 1;

    /// <summary>
    /// A list whose entries print their town after a dash ("… – Bangui", "… – Roma"): an entry that ends in a dash and
    /// a town the archive does not know ("Réseau des jeunes leaders pour la paix – Bambari", "Oxfam Italia – Arezzo"),
    /// perhaps with its district after a comma ("Nazareth Centre for Rehabilitation – Chabai, North Bougainville"),
    /// prints its town as the others do, and its name is read without it. The town gives no country, as the archive
    /// cannot tell whose it is, and the whole stays when it is an organization's name (decided when matching). Two
    /// thirds of the list, and at least five entries, printing a known town so tell the dash is the list's separator,
    /// not part of a name.
    /// </summary>
    public static void WithTownsAfterDashesAsTheListPrintsThem(List<PrintedSignatory> signatories)
    {
        var townsAfterDashes = signatories.Count(s => s.City is { } town && PrintsTownLast(s.Text, town));
        if (townsAfterDashes < 5 || townsAfterDashes * 3 < signatories.Count * 2)
        {
            return;
        }

        for (var i = 0; i < signatories.Count; i++)
        {
            if (signatories[i] is { City: null } signatory && (!signatory.Places.Any || signatory.PlacedOnlyByName) && TownAfterDash().Match(signatory.Name) is { Success: true } town
                && SignatoryLine.IsCityName(town.Groups["town"].Value) && !IsCapitals(town.Groups["town"].Value)
                && (!town.Groups["district"].Success || SignatoryLine.IsCityName(town.Groups["district"].Value)))
            {
                var note = $"left out the town '{town.Groups["town"].Value}', as the list prints a town after each name";
                signatories[i] = signatory with
                {
                    Name = town.Groups["name"].Value.Trim(),
                    City = town.Groups["town"].Value,
                    Note = signatory.Note is { } earlier ? $"{earlier}; {note}" : note,
                    WholeName = signatory.WholeName ?? signatory.Name,
                };
            }
        }
    }

    // "Emergency – Milano", and "Conciliation Resources, London, United Kingdom" as a list separating by dashes is read
    // (its dashes made commas): the town printed after the name, last or before its country.
    private static bool PrintsTownLast(string text, string town) =>
        (TownAfterDash().Match(text) is { Success: true } printed && printed.Groups["town"].Value == town)
        || text.EndsWith(", " + town, StringComparison.Ordinal) || text.Contains(", " + town + ", ", StringComparison.Ordinal);

    // "Emergency – Milano", "Open Arms – Badalona": a name, a spaced dash and a capitalised town of up to three words;
    // "… – Chabai, North Bougainville": and its district, as capitalised.
    [GeneratedRegex(@"^(?<name>.*\S)\s[-–—]\s(?<town>\p{Lu}[\p{L}.'’-]*(?:\s\p{L}[\p{L}.'’-]*){0,2})(?:,\s(?<district>\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*){0,2}))?$", RegexOptions.CultureInvariant)]
    private static partial Regex TownAfterDash();

    /// <summary>
    /// An organization under a heading takes the heading's places when it prints none of its own; a country read only
    /// from its name ("Committee for Human Rights in Tibet" under "UNITED STATES", or under "INTERNATIONAL") is what
    /// the organization works on, and gives way to the heading it stands under. When the heading says what the
    /// organizations are (<see cref="GroupHeading.OfKind"/>, "Syrian organisations"), the places it gives are marked so,
    /// and a town the entry prints says more (<see cref="CityCountries"/>).
    /// </summary>
    public static PrintedSignatory UnderHeading(PrintedSignatory signatory, GroupHeading? group, bool heading = true)
    {
        if (group is null)
        {
            return signatory;
        }

        if (heading && TrailingCityInBrackets().Match(signatory.Name) is { Success: true } city && SignatoryLine.IsCityName(city.Groups["city"].Value)
            && city.Groups["name"].Value.Any(char.IsAsciiLetter) && !city.Groups["city"].Value.Split([' ', '-']).Any(word => Places.TryCountry(word, out _))
            && (KnownCities.Contains(city.Groups["city"].Value) || !SpellsInitials(city.Groups["city"].Value, city.Groups["name"].Value)))
        {
            // "Ohne Rüstung Leben (Stuttgart)" under "DEUTSCHLAND": under a country heading a town in brackets is
            // where the organization sits, not part of its name; the heading gives the country. Words the archive
            // knows as no town may be the name in the country's language ("DanChurchAid (Folkekirkens Nødhjælp)" under
            // "DANEMARK"): the whole stays when it is an organization's name (decided when matching).
            var note = $"left out the city '{city.Groups["city"].Value}'";
            signatory = signatory with
            {
                Name = city.Groups["name"].Value.Trim(),
                Note = signatory.Note is { } earlier ? $"{earlier}; {note}" : note,
                WholeName = KnownCities.Contains(city.Groups["city"].Value) ? signatory.WholeName : signatory.WholeName ?? signatory.Name,
            };
        }

        // A heading that names no place ("National and International Organizations") takes nothing from the line: the
        // country in "Amnesty International USA" stays.
        return (!signatory.Places.Any || signatory.PlacedOnlyByName) && group.Places.Any ? signatory with { Places = group.Places, FromName = null, FromHeadingOfKind = group.OfKind } : signatory;
    }

    /// <summary>
    /// Whether a word in brackets is an acronym written as a word ("Provea" for "Programa Venezolano de Educación-Acción
    /// …"): it starts with the name's first initial and holds three of its initials in order.
    /// </summary>
    private static bool SpellsInitials(string word, string name)
    {
        var initials = OrganizationNameForm.Words(name).Where(w => !NameGlossary.IsSmallWord(w)).Select(w => w[0]).ToList();
        var letters = OrganizationNameForm.Words(word) is [var only] ? only : "";
        if (initials.Count < 3 || letters.Length == 0 || letters[0] != initials[0])
        {
            return false;
        }

        var (found, at) = (1, 1);
        foreach (var initial in initials.Skip(1))
        {
            var next = letters.IndexOf(initial, at);
            if (next >= 0)
            {
                (found, at) = (found + 1, next + 1);
            }
        }

        return found >= 3;
    }

    // "Ohne Rüstung Leben (Stuttgart)", "… (Frankfurt am Main)": a town's name in brackets at the end.
    [GeneratedRegex(@"^(?<name>.*\S)\s*\((?<city>\p{Lu}\p{Ll}+(?:(?:[\s-]\p{Ll}{1,3})*[\s-]\p{Lu}\p{Ll}+)*)\)$", RegexOptions.CultureInvariant)]
    private static partial Regex TrailingCityInBrackets();

    /// <summary>
    /// A word processor's table pasted with tabs, its country cells merged down over the rows of each country
    /// ("Mali" printed on the first of three rows): each country is printed once and the rows
    /// under it print none, so each row without one takes the country above. A table that prints a country twice
    /// has no merged cells: there a row without a country has none.
    /// </summary>
    public static void WithMergedCountryCells(List<PrintedSignatory> signatories, List<(int Index, PrintedPlaces Cell)> rows)
    {
        var printed = rows.Where(r => r.Cell.Countries.Count > 0).SelectMany(r => r.Cell.Countries).ToList();
        var empty = rows.Count(r => !r.Cell.Any);
        if (rows.Count < 4 || printed.Count < 2 || empty < 2 || !rows[0].Cell.Any || printed.Distinct().Count() != printed.Count)
        {
            return;
        }

        var above = PrintedPlaces.None;
        foreach (var (index, cell) in rows)
        {
            if (cell.Any)
            {
                above = cell;
            }
            else if (!signatories[index].Places.Any)
            {
                var note = $"the country of the merged cell above ({Describe(above)})";
                signatories[index] = signatories[index] with { Places = above, Note = signatories[index].Note is { } earlier ? $"{earlier}; {note}" : note };
            }
        }
    }

    /// <summary>Whether the line ends a paragraph of two lines.</summary>
    private static bool IsSecondOfTwo(List<(string Text, int Line)> lines, int index) =>
        index >= 1 && (index == 1 || lines[index - 2].Text.Trim().Length == 0) && (index + 1 >= lines.Count || lines[index + 1].Text.Trim().Length == 0);

    /// <summary>
    /// "Kakuma, Kenya": a town of one to three capitalised words, which names no organization and no place the archive
    /// reads otherwise, then one country; the country, or null.
    /// </summary>
    private static PrintedPlaces? TownAndCountry(string text) =>
        text.Split(',', StringSplitOptions.TrimEntries) is [var town, var country] && Places.TryRead(country) is { Countries: [_], Regions: [] } places
        && town.Split(' ', StringSplitOptions.RemoveEmptyEntries) is { Length: >= 1 and <= 3 } words && words.All(w => char.IsUpper(w[0]) && w.All(c => char.IsLetter(c) || c is '-' or '\'' or '’'))
        && !OrganizationWords.AnyIn(town) && Places.TryRead(town) is null
            ? places
            : null;

    /// <summary>The index of the signatory read from the line just above, when it printed no place.</summary>
    private static int? PlacelessPrevious(SignatureBlock.Contents contents, List<(string Text, int Line)> lines, int index)
    {
        if (contents.Signatories.Count == 0 || index == 0)
        {
            return null;
        }

        // A country read only from the name ("Kenya Human Rights Commission") is not one printed beside it.
        var last = contents.Signatories.Count - 1;
        var places = contents.Signatories[last].Places;
        var printedApart = places.Regions.Count > 0 || places.Countries.Any(c => c != contents.Signatories[last].FromName);
        return contents.Signatories[last].Line == lines[index - 1].Line && !printedApart ? last : null;
    }

    private static string Describe(PrintedPlaces places) =>
        string.Join(", ", places.Countries.Select(c => c.Value).Concat(places.Regions));

    public static bool IsCapitals(string text) => text.Any(char.IsLetter) && !text.Any(char.IsLower);

    // "    — all of Syria", "— Jordan", "— all international", "– each based in Kenya": the place of the group above.
    [GeneratedRegex(@"^\s*[—–]\s*(?:(?:all|each|both)\s+(?:of\s+)?(?:them\s+)?(?:(?:in|from|based\s+in)\s+)?)?(?:the\s+)?(?<place>[^—–()]+?)\s*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex GroupPlace();

    [GeneratedRegex(@"^(?:,\s*)?(?:on\s+behalf\s+of\s+(?:its|their)\s+members|em\s+nome\s+d[oa]s\s+(?:seus|suas)\s+membros|en\s+nombre\s+de\s+sus\s+miembros|au\s+nom\s+de\s+ses\s+membres|a\s+nome\s+dei\s+suoi\s+membri|im\s+namen\s+(?:seiner|ihrer)\s+mitglieder)(?:\s*\((?:all|todos|todas|tous|toutes|tutti|alle)\s+(?:(?:de|from|in|en|du|da|do|em|aus)\s+)?(?<place>[^()]+)\))?\s*[:,]?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex OnBehalfOfMembers();
}
