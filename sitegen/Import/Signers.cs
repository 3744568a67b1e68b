using System.Text.RegularExpressions;

namespace Archive.SiteGen.Import;

/// <summary>
/// The people who sign in the block: a signer's name, then their titles and organizations on the lines below or on the
/// same line; a person who represents an organization; each line of a list of individuals; the name written again as
/// the signature.
/// </summary>
internal static partial class Signers
{
    /// <summary>A title above its signer, a signature, a representative, or a line of a list of individuals: read before table rows.</summary>
    public static bool TryReadTitleOrListedPerson(BlockReading reading, BlockLine blockLine)
    {
        var (_, text, line, _, cleaned) = blockLine;
        if ((text.EndsWith(':') && PersonLine.IsRole(text.TrimEnd(':'))) || IsTitleOverSigner(reading, cleaned))
        {
            // "Coordinator:" above the one who signs for the list: their title, printed before their name; so is "La
            // portavoce della rete promotrice" over "Dott.ssa Chiara Rossi" when no signer above waits for a title.
            reading.Contents.Skipped.Add(new SkippedLine(line, text, "the title of the signer below"));
            return true;
        }

        if (reading.Contents.People.Any(p => PersonLine.SamePerson(p.Name, cleaned)))
        {
            reading.Contents.Skipped.Add(new SkippedLine(line, text, "a signer's name written again (the signature)"));
            return true;
        }

        if (reading.Mode == ListMode.Representatives && PersonLine.TryPersonOnOneLine(cleaned, line) is { Roles: [.., { Affiliation: { } affiliation }] } representative)
        {
            // "Jane Doe, Executive Director, Aegis Trust (United Kingdom)": the person, and the organization that
            // signs through them, with the places the line prints.
            // The organization is read as any entry is, so that a city printed after it ("…, Kabul") is no part of it.
            var organization = SignatoryLine.One(affiliation, line);
            representative = representative with { Roles = [.. representative.Roles.SkipLast(1), representative.Roles[^1] with { Affiliation = organization.Name }] };
            reading.Contents.People.Add(representative);
            reading.Contents.Signatories.Add(organization with { Places = organization.Places.Plus(SignatoryLine.One(cleaned, line).Places), Text = affiliation });
            (reading.Current, reading.AwaitingAffiliation) = (representative, false);
            return true;
        }

        if (reading.Mode == ListMode.People && reading.Current is not null && !PersonLine.IsPersonName(cleaned) && !PersonLine.HonorificFirst().IsMatch(cleaned)
            && PersonLine.TryRole(cleaned) is { } peopleRole)
        {
            // "Dott.ssa Giulia Ferrante" then "Portavoce": the title of the person above, not another person; a line
            // that starts with a title before a name ("Dott. Lorenzo Bassani, giurista") is the next person.
            reading.Current = AddRole(reading.Contents.People, reading.Current, peopleRole);
            return true;
        }

        if (reading.Mode == ListMode.People && reading.Current is not null && !blockLine.StartsParagraph && FirstPart().Match(cleaned).Value is var first
            && !PersonLine.IsPersonName(first) && !PersonLine.HonorificFirst().IsMatch(cleaned) && OrganizationWords.AnyIn(first))
        {
            // "Prof. Somchai Rattanakorn" then "Faculty of Law, Chulalongkorn University, Thailand" in the same paragraph:
            // where the person above works, not another person, as its first part names a body, not a person.
            reading.Current = AddRole(reading.Contents.People, reading.Current, new PrintedRole(null, cleaned));
            return true;
        }

        if (reading.Mode == ListMode.People && PersonLine.RunIn(cleaned, line) is { Count: >= 2 } runIn)
        {
            // "Dra. Lucía Ferreyra (Universidad Nacional de Córdoba, Argentina); Mtro. Andrés Quispe Mamani (investigador,
            // La Paz, Bolivia); …": people run in as one paragraph, each with where they work in brackets.
            reading.Contents.People.AddRange(runIn);
            (reading.Current, reading.AwaitingAffiliation) = (null, false);
            return true;
        }

        if (reading.Mode == ListMode.People)
        {
            // Under "Individuals (in their personal capacity):" every line is a person: a name, then titles and
            // affiliations; a printed country is not kept (people have none).
            var personCells = ColumnRow.Cells(cleaned);
            if (personCells.Count > 1 && (Places.TryRead(personCells[0]) is not null || RowNumber().IsMatch(personCells[0])))
            {
                // "Kenya\tProf. Jane Doe, historian": a table with the country first prints the person after it;
                // "2\tProf. Jane Doe\tUniversity of Nairobi": so does a numbered table, after the row's number.
                personCells = [.. personCells.Skip(1)];
            }

            reading.Current = PersonLine.PersonWithAffiliations(personCells.Count > 1 ? $"{personCells[0]}, {string.Join(", ", personCells.Skip(1))}" : personCells.Count == 1 ? personCells[0] : cleaned, line);
            reading.Contents.People.Add(reading.Current);
            reading.AwaitingAffiliation = reading.Current.Roles.Count > 0 && reading.Current.Roles[^1].Affiliation is null;
            return true;
        }

        return false;
    }

    /// <summary>
    /// A person who signs for an organization ("Dr. Jane Doe, Director" for the Aegis Trust): the name with its titles,
    /// and the organization as the affiliation of each role that names none.
    /// </summary>
    public static PrintedPerson SigningFor(string person, string organization, int line)
    {
        var signer = PersonLine.PersonWithAffiliations(person, line);
        return signer with { Roles = signer.Roles.Count == 0 ? [new PrintedRole(null, organization)] : [.. signer.Roles.Select(r => r.Affiliation is null ? r with { Affiliation = organization } : r)] };
    }

    /// <summary>A signer, their titles and organizations, or a person who represents an organization.</summary>
    public static bool TryRead(BlockReading reading, BlockLine blockLine)
    {
        var (_, text, line, startsParagraph, cleaned) = blockLine;
        if (RepresentedBy().Match(cleaned) is { Success: true } represented)
        {
            // The organization signs; the person signs for it, with the titles after the name.
            var organization = SignatoryLine.One(represented.Groups["organization"].Value, line);
            reading.Contents.Signatories.Add(organization);
            reading.Contents.People.Add(SigningFor(represented.Groups["person"].Value, organization.Name, line));
            (reading.Current, reading.AwaitingAffiliation) = (null, false);
            return true;
        }

        if (PersonLine.TryPersonOnOneLine(cleaned, line) is { } inline)
        {
            reading.Contents.People.Add(inline);
            reading.Signers.Add(line);
            if (SignatoryLine.StartsWithListMarker(text))
            {
                reading.ListedSigners.Add(line);
            }

            reading.SignerPlaces[line] = SignatoryLine.One(cleaned, line).Places;
            (reading.Current, reading.AwaitingAffiliation, reading.ExtraAffiliation) = (inline, false, false);
            return true;
        }

        if (reading.Current is not null && ((SignatoryLine.StartsWithListMarker(text) && reading.ListedSigners.Contains(reading.Current.Line))
            || (PersonLine.HonorificFirst().Match(cleaned) is { Success: true } next && PersonLine.IsPersonName(next.Groups["name"].Value.Trim()))))
        {
            // "19. Rev. Jane Doe, Secretary General, Church of Sweden" then "20. Center for Civilians in Conflict":
            // the next item of the list, not the signer's second organization; "Dott. Marco Rossi, giurista" under a
            // signer is the next signer, a title before their name.
            (reading.Current, reading.AwaitingAffiliation, reading.ExtraAffiliation) = (null, false, false);
        }

        if (reading.Current is not null)
        {
            if (PersonLine.TryRole(cleaned) is { } role)
            {
                reading.Current = AddRole(reading.Contents.People, reading.Current, role);
                reading.AwaitingAffiliation = role.Affiliation is null;
                return true;
            }

            // Under a title with no organization, the next line is the organization, even one that looks like a
            // name ("Executive Director" then "Oxfam Canada"), unless it is the next signer: titled, or with a
            // title of their own below.
            if (reading.AwaitingAffiliation && (!PersonLine.IsPersonName(cleaned) || (!startsParagraph && !PersonLine.Honorific().IsMatch(cleaned) && !PersonLine.NextIsRole(reading.Lines, reading.Index))))
            {
                var last = reading.Current.Roles[^1];
                reading.Current = ReplaceLastRole(reading.Contents.People, reading.Current, last with { Affiliation = cleaned });
                reading.AwaitingAffiliation = false;
                return true;
            }

            if (!startsParagraph && reading.Current.Roles is [.., { Affiliation: { } affiliationAbove } lastRole] && WrappedLines.IsRestOfName(affiliationAbove, cleaned))
            {
                // "Centre for Peace Studies and Human" then "Security Research (CPSHSR)": the signer's organization
                // wrapped in its column, not a second one.
                reading.Current = ReplaceLastRole(reading.Contents.People, reading.Current, lastRole with { Affiliation = affiliationAbove + " " + cleaned });
                return true;
            }

            if (IsPlaceLine(cleaned) && (!startsParagraph || cleaned.Split([',', '/'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).All(KnownCities.Contains)))
            {
                // "Goma, North Kivu" under a signer's title: where the signer is; "Juba / Nairobi" under signers
                // side by side, a paragraph of its own: where they are, since only cities are in it. Under the
                // organization of a head who signs for it ("Jane Doe" / "Directora" / "Fundación X" / "Medellín,
                // Colombia"), it is where the organization is.
                OrganizationPlaceUnderHead(reading, startsParagraph, PlacesOf(cleaned));
                reading.Contents.Skipped.Add(new SkippedLine(line, text, "a place printed with a person (people are kept without one)"));
                return true;
            }

            if (!startsParagraph && !reading.ExtraAffiliation && reading.Current.Roles.Count > 0 && !PersonLine.IsPersonName(cleaned) && !SignatoryLine.One(cleaned, line).Places.Any)
            {
                // "Convenor, Civil Society Working Group" then "Montreal Institute for …" on the next line: the
                // signer's organization, printed under the title in the same paragraph.
                reading.Current = AddRole(reading.Contents.People, reading.Current, new PrintedRole(null, cleaned));
                reading.ExtraAffiliation = true;
                return true;
            }
        }

        // "Kwabena Mensah-Bonsu (Accra)": a signer's city in brackets is not part of the name, nor is the country cell
        // of a table's row ("Dr. Jane Doe<TAB>Kenya", a form's individual among its organizations).
        var cells = ColumnRow.Cells(cleaned);
        var bare = PersonLine.WithoutCity(cells.Count > 1 && cells.Skip(1).All(c => Places.TryRead(c) is not null) ? cells[0] : cleaned);
        if (PersonLine.IsPersonName(bare) && (PersonLine.Honorific().IsMatch(bare) || PersonLine.NextIsRole(reading.Lines, reading.Index)))
        {
            reading.Current = new PrintedPerson(bare, [], line);
            reading.Contents.People.Add(reading.Current);
            reading.Signers.Add(line);
            (reading.AwaitingAffiliation, reading.ExtraAffiliation) = (false, false);
            return true;
        }

        if (PersonLine.HonorificFirst().Match(cleaned) is { Success: true } titled && PersonLine.IsPersonName(titled.Groups["name"].Value.Trim()))
        {
            // "Dr. Jane Doe, University of Nairobi": a title before the name makes it a person whatever follows.
            reading.Current = PersonLine.PersonWithAffiliations(cleaned, line);
            reading.Contents.People.Add(reading.Current);
            reading.AwaitingAffiliation = false;
            return true;
        }

        return false;
    }

    private static PrintedPerson AddRole(List<PrintedPerson> people, PrintedPerson person, PrintedRole role) =>
        Replace(people, person, person with { Roles = [.. person.Roles, role] });

    private static PrintedPerson ReplaceLastRole(List<PrintedPerson> people, PrintedPerson person, PrintedRole role) =>
        Replace(people, person, person with { Roles = [.. person.Roles.Take(person.Roles.Count - 1), role] });

    private static PrintedPerson Replace(List<PrintedPerson> people, PrintedPerson old, PrintedPerson updated)
    {
        people[people.IndexOf(old)] = updated;
        return updated;
    }

    // "Bujumbura", "Goma, North Kivu", "Nairobi, Kenya", "Buenos Aires – Argentina", "Toronto (Canadá)": cities and places
    // only, one of them a known city or a country.
    private static bool IsPlaceLine(string text) =>
        PlaceParts(text) is { Length: > 0 } parts
        && parts.Any(part => KnownCities.Contains(part) || Places.TryRead(part) is not null)
        && parts.All(part => SignatoryLine.IsCityName(part) || Places.TryRead(part) is not null);

    /// <summary>
    /// "Medellín, Colombia" under the organization of a head who signs for it ("Ana Ruiz" / "Directora" / "Fundación X"):
    /// where the organization is, kept for it (<see cref="OrganizationsOfHeads"/>).
    /// </summary>
    public static void OrganizationPlaceUnderHead(BlockReading reading, bool startsParagraph, PrintedPlaces places)
    {
        if (!startsParagraph && places.Any && reading.Current is { Roles: [.., { Affiliation: not null }] } head)
        {
            reading.SignerPlaces[head.Line] = places;
        }
    }

    private static PrintedPlaces PlacesOf(string text) =>
        PlaceParts(text).Select(Places.TryRead).OfType<PrintedPlaces>().Aggregate(PrintedPlaces.None, (all, places) => all.Plus(places));

    // "Goma, North Kivu", "Juba / Nairobi"; "Toronto (Canadá)", "Buenos Aires – Argentina": a city and its country in
    // brackets or after a dash ("Jane Doe (Accra)" is a person and her city).
    private static string[] PlaceParts(string text) =>
        CityThenCountry().Match(text) is { Success: true } city && Places.TryRead(city.Groups["country"].Value) is not null
            ? [city.Groups["city"].Value.Trim(), city.Groups["country"].Value.Trim()]
            : text.Split([',', '/'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    [GeneratedRegex(@"^(?<city>[^()–—,]+?)\s*(?:\((?<country>[^()]+)\)|\s[–—-]\s(?<country>[^()–—]+))$", RegexOptions.CultureInvariant)]
    private static partial Regex CityThenCountry();

    // "La portavoce della rete promotrice" then "Dott.ssa Chiara Rossi": a position on a line of its own over a person's
    // name, where no signer above waits for a title, is the title of the signer below.
    private static bool IsTitleOverSigner(BlockReading reading, string cleaned) =>
        reading.Current is null && reading.Mode != ListMode.People && !PersonLine.IsPersonName(cleaned) && PersonLine.IsRole(cleaned)
        && reading.Index + 1 < reading.Lines.Count && SignatoryLine.Clean(reading.Lines[reading.Index + 1].Text.Trim()) is { Length: > 0 } below
        && PersonLine.IsPersonName(below);

    // "2": the number of a table's row.
    // What a line prints before its first comma, bracket or spaced dash: "Faculty of Law" of "Faculty of Law, … University".
    [GeneratedRegex(@"^[^,(]+?(?=\s*(?:,|\(|\s[-–—]\s|$))", RegexOptions.CultureInvariant)]
    private static partial Regex FirstPart();

    [GeneratedRegex(@"^\d{1,4}[.)]?$", RegexOptions.CultureInvariant)]
    private static partial Regex RowNumber();

    // "Aegis Trust, represented by Dr. Hannah Whitcombe, Head of Policy and Advocacy".
    [GeneratedRegex(@"^(?<organization>.+?),?\s+(?:represented\s+by|représentée?s?\s+par|representad[oa]s?\s+por)\s+(?<person>.+)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex RepresentedBy();
}
