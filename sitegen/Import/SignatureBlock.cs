using System.Text.RegularExpressions;
using Archive.Core.Letters;
using Archive.Core.Organizations;

namespace Archive.SiteGen.Import;

/// <summary>
/// Reads the part of a letter after its closing ("Sincerely,") or its list heading ("Signatories:"): the people
/// who signed with their roles (a name followed by "Title, Organization" lines, or "Name, Title, Organization" on
/// one line), the organizations, and the lines that are neither (e-mail, phone, address, the name written again
/// as a signature). It stops at a trailer: "###", "For more information", "Contact:", footnotes.
/// </summary>
internal static partial class SignatureBlock
{
    /// <summary>What the block holds.</summary>
    internal sealed record Contents(List<PrintedSignatory> Signatories, List<PrintedPerson> People, List<SkippedLine> Skipped, (LetterDate Date, int Line, string? Note)? Date);

    private enum Mode
    {
        Any,
        Organizations,
        People,

        /// <summary>"Signed by the following organisations, represented by:": each line a person and their organization.</summary>
        Representatives,
    }

    /// <summary>True for a line that starts the signatory block: a closing formula or a heading of the list.</summary>
    public static bool IsStart(string line) => IsClosing(line) || IsHeading(line, out _);

    /// <summary>A line that is a signer's position: "Executive Director", "Chair, International Coalition …".</summary>
    public static bool IsRole(string text) => TryRole(SignatoryLine.Clean(text)) is not null;

    /// <summary>"---", "* * *", "______": a rule between parts of the page.</summary>
    public static bool IsRule(string text) => Rule().IsMatch(text.Trim());

    /// <summary>"Page 2 of 3", "- 4 -", "12": a page's number left in text copied from a document.</summary>
    public static bool IsPageNumber(string text) => PageNumber().IsMatch(text.Trim()) || RunningFooter().IsMatch(text.Trim());

    /// <summary>A line that ends the list: "###", "For more information", "Contact:", a footnote.</summary>
    public static bool IsTrailer(string text) => Trailer().IsMatch(text.Trim()) || IsFootnote(text.Trim());

    // "1 Comisión Interamericana de Derechos Humanos, Honduras: …, 30 de diciembre de 2009.": a note's number, then a
    // sentence; a numbered organization is a name, not a sentence.
    private static bool IsFootnote(string text) =>
        FootnoteNumber().IsMatch(text) && text.EndsWith('.') && text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= 8;

    public static bool IsClosing(string line)
    {
        var text = line.Trim();
        return (text.Length <= 160 && Closing().IsMatch(text)) || (text.Length <= 320 && ClosingSentence().IsMatch(text));
    }

    /// <summary>A heading of the list ("This letter was endorsed by the following organizations:"); people headings set <paramref name="people"/>.</summary>
    public static bool IsHeading(string line, out bool people)
    {
        // "Annex: List of signatory organizations", "Annexe 1 – Liste des signataires": the annex of the list. A
        // footnote's star ("FIRMAS A TÍTULO PERSONAL*") is not part of it; "Signatories / Signatários:" is one heading
        // in two languages.
        var text = AnnexPrefix().Replace(line.Trim(), "").Replace("*", "", StringComparison.Ordinal).Trim();
        if (text.Contains(" / ", StringComparison.Ordinal) && text.Length <= 120)
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
        var before = text.IndexOf(':', StringComparison.Ordinal) is > 0 and var at ? LeadingAnd().Replace(text[..(at + 1)], "") : null;
        people = (text.Length <= 160 && PeopleHeading().IsMatch(text)) || (before is not null && PeopleHeading().IsMatch(before));
        if (text.Length <= 160 && Represented().IsMatch(text))
        {
            return true;
        }

        // "Signed by: A; B; C …" may be long; its heading is what comes before the colon.
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        var heading = colon > 0 ? text[..(colon + 1)] : text;
        return people || (heading.Length <= 120 && OrganizationsHeading().IsMatch(heading));
    }

    public static Contents Read(IReadOnlyList<(string Text, int Line)> printed)
    {
        var lines = OneEntryALine(printed);
        var dashes = DashesSeparate(lines);
        var contents = new Contents([], [], [], null);
        var mode = Mode.Any;
        PrintedPerson? current = null;
        var awaitingAffiliation = false;
        // A country heading ("KENYA") gives its places to the organizations under it; a header row ("Organization
        // Country") says what each column holds; both last until the next heading.
        PrintedPlaces? group = null;
        var byHeadings = false;
        ColumnRow.Header? columns = null;
        var paragraphStart = true;
        var extraAffiliation = false;
        (int Line, PrintedSignatory Row)? lastRow = null;
        // The start of a country cell that wraps onto the next line ("République" then "centrafricaine").
        var pendingCountry = "";
        // The rows of a table laid out with tabs, with what each prints in its country cell.
        var tabbedRows = new List<(int Index, PrintedPlaces Cell)>();
        // The lines of people who signed outside a list of individuals: heads of organizations, perhaps.
        var signers = new HashSet<int>();
        // The places a signature line prints after the signer's organization ("Jane Doe, Director, Aegis Trust, UK").
        var signerPlaces = new Dictionary<int, PrintedPlaces>();
        // Where the group that a line such as "— all of Syria" closes begins.
        var groupStart = 0;
        for (var i = 0; i < lines.Count; i++)
        {
            var (raw, line) = lines[i];
            var text = raw.Trim();
            var startsParagraph = paragraphStart;
            paragraphStart = text.Length == 0;
            if (text.Length == 0)
            {
                continue;
            }

            if (IsTrailer(text))
            {
                if (CopyLine().IsMatch(text) && ListHeadingAfterParagraph(lines, i) is { } heading)
                {
                    // "cc:" and the officials copied, then "LIST OF SIGNATORIES": the copy block stands between the
                    // signature and the list, and the list goes on under its heading.
                    for (; i < heading; i++)
                    {
                        if (lines[i].Text.Trim().Length > 0)
                        {
                            contents.Skipped.Add(new SkippedLine(lines[i].Line, lines[i].Text.Trim(), "a copy line (cc), before the list"));
                        }
                    }

                    i--;
                    paragraphStart = true;
                    continue;
                }

                contents.Skipped.Add(new SkippedLine(line, text, "the signatory block ends here (a trailer, not a signatory)"));
                break;
            }

            if (IsRule(text))
            {
                // "-----" under a table's header, between two printings of the list: layout, not an end.
                contents.Skipped.Add(new SkippedLine(line, text, "a rule"));
                continue;
            }

            if (IsPageNumber(text))
            {
                contents.Skipped.Add(new SkippedLine(line, text, "a page number"));
                continue;
            }

            if (IsClosing(text))
            {
                // A list printed before the closing and again after it: the closing is between the two.
                contents.Skipped.Add(new SkippedLine(line, text, "the closing"));
                continue;
            }

            if (IsHeading(text, out var peopleHeading))
            {
                mode = peopleHeading ? Mode.People : Represented().IsMatch(text) ? Mode.Representatives : Mode.Organizations;
                (current, awaitingAffiliation, group, columns) = (null, false, null, null);
                var heading = AnnexPrefix().Replace(text, "");
                var colon = heading.IndexOf(':', StringComparison.Ordinal);
                // "Signed by: A, B, C and 9 others. [Show all signatories]": a web page's teaser of the list names
                // the first few; the rest is a count and a button.
                var rest = colon >= 0 ? Teaser().Replace(heading[(colon + 1)..], "").Trim() : "";
                var paragraph = rest.Length > 0 ? RunInParagraph(lines, i) : 0;
                for (var next = i + 1; next <= i + paragraph; next++)
                {
                    // "Signed by: A (Kenya), B (Uganda), C" then "(Tanzania) and D (USA).": one paragraph, wrapped mid-name.
                    var part = lines[next].Text.Trim();
                    rest = rest.EndsWith('-') && char.IsLower(part[0]) ? rest[..^1] + part : rest + " " + part;
                    contents.Skipped.Add(new SkippedLine(lines[next].Line, part, "the list run in with the heading above, read with it"));
                }

                i += paragraph;
                if (rest.Length > 0 && mode == Mode.People)
                {
                    contents.People.AddRange(SignatoryLine.ReadRunIn(rest, line).Select(p => new PrintedPerson(p.Name, [], line)));
                }
                else if (rest.Length > 0)
                {
                    contents.Signatories.AddRange(paragraph > 0 ? SignatoryLine.ReadRunIn(rest, line) : SignatoryLine.Read(rest, line));
                }

                continue;
            }

            if (WordComment().IsMatch(text))
            {
                contents.Skipped.Add(new SkippedLine(line, text, "a comment left in the document by one of its editors"));
                continue;
            }

            if (Withdrawn().IsMatch(text))
            {
                contents.Skipped.Add(new SkippedLine(line, text, "an organization marked as withdrawn from the list"));
                continue;
            }

            if (SignedMark().IsMatch(text))
            {
                contents.Skipped.Add(new SkippedLine(line, text, "where a signature stands on paper"));
                continue;
            }

            if (WebPageControl().IsMatch(text))
            {
                contents.Skipped.Add(new SkippedLine(line, text, "a button of the web page the letter was copied from"));
                continue;
            }

            // Before the notes and sentences: a form's header row may ask a question ("¿Autoriza la publicación …?").
            if (ColumnRow.TryHeader(raw) is { } header)
            {
                columns = header;
                contents.Skipped.Add(new SkippedLine(line, text, $"the header row of a table: {string.Join(", ", header.Columns).ToLowerInvariant()}"));
                continue;
            }

            if (columns is not null && ColumnRow.NotSigned(raw, columns) is { } notSigned)
            {
                contents.Skipped.Add(new SkippedLine(line, text, notSigned));
                continue;
            }

            // A row of a form export may print the contact's e-mail in a column of its own: the row is still a signatory.
            if (IsContact(text) && !(columns is { Tabbed: true } && raw.Contains('\t', StringComparison.Ordinal)))
            {
                contents.Skipped.Add(new SkippedLine(line, text, "contact details (e-mail, web address, phone or postal address)"));
                continue;
            }

            if ((Note().IsMatch(text) && !BracketOnly().IsMatch(text)) || SignatureStart.IsProse(text))
            {
                // "(signing in a personal capacity; affiliations for identification only)", "Ainsi que quatre
                // organisations qui ont souhaité garder l'anonymat.": said about the list, not in it.
                contents.Skipped.Add(new SkippedLine(line, text, "a note or a sentence about the list, not a name"));
                continue;
            }

            if (WrittenDate.TryParse(text, out var date, out var note))
            {
                contents = contents with { Date = contents.Date ?? (date, line, note) };
                contents.Skipped.Add(new SkippedLine(line, text, "a date"));
                continue;
            }

            if (mode == Mode.People && PeopleHeader().IsMatch(text))
            {
                contents.Skipped.Add(new SkippedLine(line, text, "the header row of a table of people"));
                continue;
            }

            if (GroupPlace().Match(text) is { Success: true } groupPlace && !IsCapitals(groupPlace.Groups["place"].Value) && Places.TryRead(groupPlace.Groups["place"].Value) is { } after && mode != Mode.People && contents.Signatories.Count > groupStart)
            {
                // "— all of Lebanon" under a group of names: the country of every name of the group above it (back to
                // the previous such line), over a country read only from a name.
                for (var g = groupStart; g < contents.Signatories.Count; g++)
                {
                    contents.Signatories[g] = UnderHeading(contents.Signatories[g], after, heading: false);
                }

                groupStart = contents.Signatories.Count;
                contents.Skipped.Add(new SkippedLine(line, text, $"the place of the group above: {Describe(after)}"));
                continue;
            }

            var cleaned = SignatoryLine.Clean(text);
            if (IsCapitals(cleaned) && PlaceHeading.TryRead(cleaned) is null && lines.Skip(i + 1).FirstOrDefault(l => l.Text.Trim().Length > 0).Text is { } below && ColumnRow.TryHeader(below) is not null)
            {
                // "AFRIQUE DE L'EST ET AUSTRALE" over a table's header row: a section of the list, whose rows print their countries.
                (group, byHeadings) = (PrintedPlaces.None, true);
                contents.Skipped.Add(new SkippedLine(line, text, "the heading of a section of the list, above its table"));
                continue;
            }

            if (PlaceHeading.TryRead(cleaned) is { } places)
            {
                if (current is not null || mode == Mode.People)
                {
                    contents.Skipped.Add(new SkippedLine(line, text, "a place printed with a person (people are kept without one)"));
                }
                else if (!byHeadings && !startsParagraph && !IsCapitals(cleaned) && !text.EndsWith(':') && PlacelessPrevious(contents, lines, i) is { } previous)
                {
                    // "Aegis Trust" then "United Kingdom" on the next line: the country of the organization above.
                    contents.Signatories[previous] = contents.Signatories[previous] with { Places = places, FromName = null };
                    contents.Skipped.Add(new SkippedLine(line, text, $"the place of '{contents.Signatories[previous].Name}' on the line above"));
                }
                else
                {
                    (group, byHeadings) = (places, true);
                    var said = places.Any ? "in " + Describe(places) : "in no one place";
                    contents.Skipped.Add(new SkippedLine(line, text, $"a heading: the organizations below it are {said}"));
                }

                continue;
            }

            if (OnBehalfOfMembers().Match(text) is { Success: true } members && mode != Mode.People)
            {
                // "Lake Region Network – Kenya," then "on behalf of its members (all in Kenya):" and the members below:
                // the network signs, and its members sign under it, in the place it gives them.
                var membersPlace = members.Groups["place"].Success ? Places.TryRead(members.Groups["place"].Value) : null;
                (group, byHeadings) = (membersPlace ?? PrintedPlaces.None, true);
                contents.Skipped.Add(new SkippedLine(line, text, "the organization above signs for its members, listed below"));
                continue;
            }

            if (text.EndsWith(':') && IsRole(text.TrimEnd(':')))
            {
                // "Coordinator:" above the one who signs for the list: their title, printed before their name.
                contents.Skipped.Add(new SkippedLine(line, text, "the title of the signer below"));
                continue;
            }

            if (contents.People.Any(p => SamePerson(p.Name, cleaned)))
            {
                contents.Skipped.Add(new SkippedLine(line, text, "a signer's name written again (the signature)"));
                continue;
            }

            if (mode == Mode.Representatives && TryPersonOnOneLine(cleaned, line) is { Roles: [.., { Affiliation: { } affiliation }] } representative)
            {
                // "Jane Doe, Executive Director, Aegis Trust (United Kingdom)": the person, and the organization that
                // signs through them, with the places the line prints.
                contents.People.Add(representative);
                contents.Signatories.Add(new PrintedSignatory(affiliation, SignatoryLine.One(cleaned, line).Places, line) { Text = affiliation });
                (current, awaitingAffiliation) = (representative, false);
                continue;
            }

            if (mode == Mode.People && current is not null && !IsPersonName(cleaned) && TryRole(cleaned) is { } peopleRole)
            {
                // "Dott.ssa Giulia Ferrante" then "Portavoce": the title of the person above, not another person.
                current = AddRole(contents.People, current, peopleRole);
                continue;
            }

            if (mode == Mode.People)
            {
                // Under "Individuals (in their personal capacity):" every line is a person: a name, then titles and
                // affiliations; a printed country is not kept (people have none).
                var personCells = ColumnRow.Cells(cleaned);
                if (personCells.Count > 1 && Places.TryRead(personCells[0]) is not null)
                {
                    // "Kenya\tProf. Jane Doe, historian": a table with the country first prints the person after it.
                    personCells = [.. personCells.Skip(1)];
                }

                current = PersonWithAffiliations(personCells.Count > 1 ? $"{personCells[0]}, {string.Join(", ", personCells.Skip(1))}" : personCells.Count == 1 ? personCells[0] : cleaned, line);
                contents.People.Add(current);
                awaitingAffiliation = current.Roles.Count > 0 && current.Roles[^1].Affiliation is null;
                continue;
            }

            var cells = ColumnRow.Cells(text);
            if (columns is { Tabbed: true, Columns: [ColumnRow.Column.Other, ..] } numberedTable && lastRow is { } rowAbove && rowAbove.Line == lines[i - 1].Line
                && !LeadingNumber().IsMatch(text) && !FillsEveryColumn(raw, numberedTable))
            {
                // In a numbered table pasted from a word processor, a line that starts with no number is the rest of
                // the row above, cell by cell: "2\tAssociation … Fondamentales au\tRépublique"
                // then "Tchad (APLFT)\tcentrafricaine".
                var parts = raw.TrimEnd().Split('	').Select(c => c.Trim()).ToList();
                var from = parts[0].Length == 0 ? 0 : 1;
                var above = contents.Signatories[^1];
                var (name, rowPlaces) = (above.Name, above.Places);
                for (var c = 0; c < parts.Count && from + c < numberedTable.Columns.Count; c++)
                {
                    switch (numberedTable.Columns[from + c])
                    {
                        case ColumnRow.Column.Name when parts[c].Length > 0 && !(parts.Count == 1 && pendingCountry.Length > 0):
                            name = SignatoryLine.One(name + " " + parts[c], line).Name;
                            break;
                        case ColumnRow.Column.Name when parts[c].Length > 0:
                        case ColumnRow.Column.Country when parts[c].Length > 0:
                            pendingCountry = (pendingCountry + " " + parts[c]).Trim();
                            if (Places.TryRead(pendingCountry) is { } country)
                            {
                                (rowPlaces, pendingCountry) = (rowPlaces.Plus(country), "");
                                if (tabbedRows is [.., var (index, cell)] && index == contents.Signatories.Count - 1)
                                {
                                    tabbedRows[^1] = (index, cell.Plus(country));
                                }
                            }

                            break;
                    }
                }

                contents.Signatories[^1] = above with { Name = name, Places = rowPlaces };
                contents.Skipped.Add(new SkippedLine(line, text, $"the rest of the table row above ('{name}')"));
                lastRow = (line, contents.Signatories[^1]);
                continue;
            }

            if (cells.Count == 2 && lastRow is { } continued && continued.Line == lines[i - 1].Line
                && ColumnRow.Cells(lines[i - 1].Text) is [.., var lastCell] && ContinuesOnNextLine().IsMatch(lastCell))
            {
                // "World Federalist Movement – Institute for Global | United States," then "Policy | Netherlands": both
                // cells of the row go on.
                var whole = SignatoryLine.One(contents.Signatories[^1].Name + " " + cells[0], line);
                var more = Places.TryRead(cells[1]) ?? PrintedPlaces.None;
                contents.Signatories[^1] = contents.Signatories[^1] with { Name = whole.Name, Places = contents.Signatories[^1].Places.Plus(more) };
                contents.Skipped.Add(new SkippedLine(line, text, $"the end of the table row above ('{whole.Name}')"));
                lastRow = null;
                continue;
            }

            if (cells.Count == 1 && lastRow is { } wrapped && wrapped.Line == lines[i - 1].Line && IsRestOfName(contents.Signatories[^1].Name, cleaned, shortEndWithAcronym: true))
            {
                // A name too long for its cell, finished on the next line: "Coalition Ivoirienne pour la Cour Pénale
                // | Abidjan | Côte d'Ivoire" then "Internationale (CI-CPI)".
                var whole = SignatoryLine.One(contents.Signatories[^1].Name + " " + cleaned, line);
                contents.Signatories[^1] = contents.Signatories[^1] with { Name = whole.Name, Places = contents.Signatories[^1].Places.Plus(whole.Places) };
                contents.Skipped.Add(new SkippedLine(line, text, $"the end of the name in the table row above ('{whole.Name}')"));
                lastRow = null;
                continue;
            }

            if ((columns is not null || cells.Count > 1) && !(HonorificFirst().IsMatch(cells[0]) && IsPersonName(HonorificFirst().Match(cells[0]).Groups["name"].Value))
                && ColumnRow.TryRead(raw, line, columns) is { } row)
            {
                // A row of a table: "Justice Africa    London / Kampala    UK / Uganda" is an organization, not a
                // person named Justice Africa London.
                (current, awaitingAffiliation, lastRow, pendingCountry) = (null, false, (line, row), ColumnRow.CountryCell(raw, columns) is { } cell && Places.TryRead(cell) is null ? cell : "");
                contents.Signatories.Add(UnderHeading(row, group));
                if (columns is { Tabbed: true })
                {
                    tabbedRows.Add((contents.Signatories.Count - 1, ColumnRow.CountryCell(raw, columns) is { } countryCell ? Places.TryRead(countryCell) ?? PrintedPlaces.None : PrintedPlaces.None));
                }

                continue;
            }

            if (RepresentedBy().Match(cleaned) is { Success: true } represented)
            {
                // The organization signs; the person signs for it, with the titles after the name.
                var organization = SignatoryLine.One(represented.Groups["organization"].Value, line);
                var person = PersonWithAffiliations(represented.Groups["person"].Value, line);
                person = person with { Roles = person.Roles.Count == 0 ? [new PrintedRole(null, organization.Name)] : [.. person.Roles.Select(r => r.Affiliation is null ? r with { Affiliation = organization.Name } : r)] };
                contents.Signatories.Add(organization);
                contents.People.Add(person);
                (current, awaitingAffiliation) = (null, false);
                continue;
            }

            if (TryPersonOnOneLine(cleaned, line) is { } inline)
            {
                contents.People.Add(inline);
                signers.Add(line);
                signerPlaces[line] = SignatoryLine.One(cleaned, line).Places;
                (current, awaitingAffiliation, extraAffiliation) = (inline, false, false);
                continue;
            }

            if (current is not null)
            {
                if (TryRole(cleaned) is { } role)
                {
                    current = AddRole(contents.People, current, role);
                    awaitingAffiliation = role.Affiliation is null;
                    continue;
                }

                // Under a title with no organization, the next line is the organization, even one that looks like a
                // name ("Executive Director" then "Oxfam Canada"), unless it is the next signer: titled, or with a
                // title of their own below.
                if (awaitingAffiliation && (!IsPersonName(cleaned) || (!startsParagraph && !Honorific().IsMatch(cleaned) && !NextIsRole(lines, i))))
                {
                    var last = current.Roles[^1];
                    current = ReplaceLastRole(contents.People, current, last with { Affiliation = cleaned });
                    awaitingAffiliation = false;
                    continue;
                }

                if (!startsParagraph && current.Roles is [.., { Affiliation: { } affiliationAbove } lastRole] && IsRestOfName(affiliationAbove, cleaned))
                {
                    // "Centre for Peace Studies and Human" then "Security Research (CPSHSR)": the signer's organization
                    // wrapped in its column, not a second one.
                    current = ReplaceLastRole(contents.People, current, lastRole with { Affiliation = affiliationAbove + " " + cleaned });
                    continue;
                }

                if (IsPlaceLine(cleaned) && (!startsParagraph || cleaned.Split([',', '/'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).All(KnownCities.Contains)))
                {
                    // "Goma, North Kivu" under a signer's title: where the signer is; "Juba / Nairobi" under signers
                    // side by side, a paragraph of its own: where they are, since only cities are in it.
                    contents.Skipped.Add(new SkippedLine(line, text, "a place printed with a person (people are kept without one)"));
                    continue;
                }

                if (!startsParagraph && !extraAffiliation && current.Roles.Count > 0 && !IsPersonName(cleaned) && !SignatoryLine.One(cleaned, line).Places.Any)
                {
                    // "Convenor, Civil Society Working Group" then "Montreal Institute for …" on the next line: the
                    // signer's organization, printed under the title in the same paragraph.
                    current = AddRole(contents.People, current, new PrintedRole(null, cleaned));
                    extraAffiliation = true;
                    continue;
                }
            }

            // "Kwabena Mensah-Bonsu (Accra)": a signer's city in brackets is not part of the name.
            var bare = WithoutCity(cleaned);
            if (IsPersonName(bare) && (Honorific().IsMatch(bare) || NextIsRole(lines, i)))
            {
                current = new PrintedPerson(bare, [], line);
                contents.People.Add(current);
                signers.Add(line);
                (awaitingAffiliation, extraAffiliation) = (false, false);
                continue;
            }

            if (HonorificFirst().Match(cleaned) is { Success: true } titled && IsPersonName(titled.Groups["name"].Value.Trim()))
            {
                // "Dr. Jane Doe, University of Nairobi": a title before the name makes it a person whatever follows.
                current = PersonWithAffiliations(cleaned, line);
                contents.People.Add(current);
                awaitingAffiliation = false;
                continue;
            }

            (current, awaitingAffiliation, lastRow) = (null, false, null);
            if (InlineHeading().Match(cleaned) is { Success: true } headed && PlaceHeading.TryRead(headed.Groups["place"].Value) is { } inlinePlaces)
            {
                // "México: Centro Prodh; Serapaz.": a country heading with its organizations on the same line.
                contents.Signatories.AddRange(ReadOrganizations(headed.Groups["rest"].Value, line, dashes).Select(s => s.Places.Any ? s : s with { Places = inlinePlaces }));
                continue;
            }

            var read = ReadOrganizations(text, line, dashes);
            contents.Signatories.AddRange(read.Select(s => UnderHeading(s, group)));
        }

        WithMergedCountryCells(contents.Signatories, tabbedRows);
        return WithOrganizationsOfHeads(contents, signers, signerPlaces);
    }

    /// <summary>
    /// A word processor's table pasted with tabs, its country cells merged down over the rows of each country
    /// ("Mali" printed on the first of three rows): each country is printed once and the rows
    /// under it print none, so each row without one takes the country above. A table that prints a country twice
    /// has no merged cells: there a row without a country has none.
    /// </summary>
    private static void WithMergedCountryCells(List<PrintedSignatory> signatories, List<(int Index, PrintedPlaces Cell)> rows)
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

    /// <summary>
    /// A letter signed by the heads of several organizations, one each ("Daniel Ouellet / Executive Director / United
    /// Nations Association in Canada", …): their organizations sign it, in that order. Officers of one organization
    /// signing together ("Chair, ICRtoP" and "Deputy-Director, ICRtoP") are people only.
    /// </summary>
    /// <remarks>
    /// A signature line may print it all ("Jane Doe, Director, Aegis Trust, London, United Kingdom"): the places after
    /// the organization are its own. A department before the organization ("Head, Research Unit, Nairobi Peace
    /// Institute") is not the organization.
    /// </remarks>
    private static Contents WithOrganizationsOfHeads(Contents contents, HashSet<int> signerLines, Dictionary<int, PrintedPlaces> places)
    {
        var heads = contents.People.Where(p => signerLines.Contains(p.Line)).ToList();
        if (heads.Count < 3 || !heads.All(p => p.Roles is [{ Affiliation: not null }])
            || heads.Select(p => OrganizationNames.Key(p.Roles[0].Affiliation!)).Distinct(StringComparer.Ordinal).Count() < 0.8 * heads.Count)
        {
            return contents;
        }

        // Each head's organization goes where the head signed; the list keeps its own order, which is not always the
        // order of its lines (two columns are read down the left one first).
        foreach (var head in heads.OrderBy(p => p.Line))
        {
            var at = contents.Signatories.FindIndex(s => s.Line > head.Line);
            var organization = SignatoryLine.One(WithoutDepartment(head.Roles[0].Affiliation!), head.Line);
            if (!organization.Places.Any && places.TryGetValue(head.Line, out var printed))
            {
                organization = organization with { Places = printed };
            }

            contents.Signatories.Insert(at < 0 ? contents.Signatories.Count : at, organization);
        }

        return contents;
    }

    // "…, Aegis Trust, United Kingdom", "…, (UK)": the places printed after the last comma, or in a bracket, left out.
    private static string WithoutTrailingPlaces(string text)
    {
        while (true)
        {
            var parts = SignatoryLine.SplitTopLevel(text, ',');
            if (parts.Count > 1 && Places.TryRead(parts[^1].Trim()) is not null)
            {
                text = string.Join(",", parts.Take(parts.Count - 1)).TrimEnd();
                continue;
            }

            if (TrailingBracket().Match(text) is { Success: true } bracket && bracket.Groups["name"].Value.Length > 0 && Places.TryRead(bracket.Groups["place"].Value) is not null)
            {
                text = bracket.Groups["name"].Value.TrimEnd();
                continue;
            }

            return text;
        }
    }

    // "Conflict Management Programme, Kofi Annan …": a unit of the organization named before it, after a comma.
    private static string WithoutDepartment(string affiliation) =>
        SignatoryLine.SplitTopLevel(affiliation, ',') is [var unit, .. var rest] && rest.Count > 0 && Department().IsMatch(unit.Trim())
            ? string.Join(",", rest).Trim()
            : affiliation;

    private static string WithoutCity(string text) =>
        TrailingBracket().Match(text) is { Success: true } bracket && (KnownCities.Contains(bracket.Groups["place"].Value) || Places.TryRead(bracket.Groups["place"].Value) is not null)
            ? bracket.Groups["name"].Value.Trim()
            : text;

    /// <summary>
    /// A form exported as comma-separated values, under a header row that names its columns ("Marca temporal,Nombre
    /// de la organización,País"): each record becomes one line of tab-separated cells, a quoted field that goes on
    /// over two lines joined back. The table ends at the first line that is no record of as many fields.
    /// </summary>
    private static List<(string Text, int Line)> CsvRows(List<(string Text, int Line)> lines)
    {
        var result = new List<(string Text, int Line)>();
        for (var i = 0; i < lines.Count; i++)
        {
            var header = lines[i].Text.Contains(',', StringComparison.Ordinal) && !lines[i].Text.Contains('\t', StringComparison.Ordinal) ? ColumnRow.CsvFields(lines[i].Text) : null;
            if (header is not { Count: >= 3 } || ColumnRow.TryHeader(string.Join('\t', header)) is null)
            {
                result.Add(lines[i]);
                continue;
            }

            result.Add((string.Join('\t', header), lines[i].Line));
            while (i + 1 < lines.Count && Record(lines, i + 1, header.Count) is var (fields, used))
            {
                result.Add((string.Join('\t', fields), lines[i + 1].Line));
                i += used;
            }
        }

        return result;

        // The fields of the record starting at line `from` and how many lines it takes, when it has `count` of them.
        static (List<string> Fields, int Lines)? Record(List<(string Text, int Line)> lines, int from, int count)
        {
            var text = lines[from].Text.Trim();
            for (var used = 1; text.Length > 0 && used <= 3; used++)
            {
                if (ColumnRow.CsvFields(text) is { } fields)
                {
                    return fields.Count == count ? (fields, used) : null;
                }

                if (from + used >= lines.Count)
                {
                    break;
                }

                text += " " + lines[from + used].Text.Trim();
            }

            return null;
        }
    }

    /// <summary>
    /// How many lines after a heading that starts a list on its own line ("Signed by: A (Kenya), B (Uganda), C") go
    /// on with it as one running paragraph: every line of the paragraph but the last holds a comma, so the list is
    /// run in rather than printed one name a line.
    /// </summary>
    private static int RunInParagraph(List<(string Text, int Line)> lines, int heading)
    {
        if (!lines[heading].Text.Contains(',', StringComparison.Ordinal) || lines[heading].Text.TrimEnd() is var first && first.Length > 0 && first[^1] is '.' or ';' or ':')
        {
            return 0;
        }

        var end = heading + 1;
        while (end < lines.Count && lines[end].Text.Trim().Length > 0 && !IsHeading(lines[end].Text, out _) && !IsTrailer(lines[end].Text))
        {
            end++;
        }

        var count = end - heading - 1;
        return count > 0 && Enumerable.Range(heading + 1, count - 1).All(j => lines[j].Text.Contains(',', StringComparison.Ordinal)) ? count : 0;
    }

    /// <summary>
    /// In a list where nearly every entry prints its place ("Oxfam Italia – Italia"), a line with no place that
    /// cannot end a name, followed by one with a place, is a name broken across two lines without indentation, as a
    /// PDF copy breaks it ("Platform for International Cooperation on" then "Undocumented Migrants (PICUM) – Belgio"):
    /// the first line stops on a small word, or the second starts in lower case, with a bracket, or is one word.
    /// </summary>
    private static List<(string Text, int Line)> NamesBrokenAcrossLines(List<(string Text, int Line)> lines)
    {
        bool IsEntry(string text) => text.Trim().Length > 0 && !text.TrimEnd().EndsWith(':') && !IsHeading(text, out _) && !IsClosing(text) && !IsTrailer(text) && !IsPageNumber(text) && !IsRule(text);
        PrintedSignatory AsRead(string text) => SignatoryLine.One(AsComma(SignatoryLine.Clean(text)), 0);
        var entries = lines.Where(l => IsEntry(l.Text)).ToList();
        if (entries.Count < 5 || entries.Count(l => AsRead(l.Text).Places.Any) < 0.7 * entries.Count)
        {
            return lines;
        }

        var result = new List<(string Text, int Line)>();
        foreach (var (text, line) in lines)
        {
            if (result.Count > 0 && result[^1].Text is var above && IsEntry(above) && IsEntry(text) && !AsRead(above).Places.Any
                && AsRead(text) is { Places.Any: true } below && !SignatoryLine.StartsWithListMarker(text) && !IsPersonName(SignatoryLine.Clean(above))
                && (IsRestOfName(SignatoryLine.Clean(above), below.Name) || (!below.Name.Contains(' ', StringComparison.Ordinal) && below.Name.Any(char.IsLower))))
            {
                result[^1] = (above.TrimEnd() + " " + text.Trim(), result[^1].Line);
                continue;
            }

            result.Add((text, line));
        }

        return result;
    }

    /// <summary>
    /// The block's lines laid out one entry a line, each step of layout in the order it must run: logos, form exports
    /// and drawn tables first, then columns, then what wraps, then what a line carries besides its entry.
    /// </summary>
    private static List<(string Text, int Line)> OneEntryALine(IReadOnlyList<(string Text, int Line)> printed)
    {
        List<(string Text, int Line)> lines = [.. printed.Select(p => (WithoutLinkText(p.Text), p.Line))];
        lines = LogosOnALine(lines);
        lines = CsvRows(lines);
        lines = GridRows(lines);
        lines = ManyColumns(lines);
        lines = SideBySide(lines);
        lines = CellsWrappedInPlace(lines);
        lines = Unwrapped(lines);
        lines = WithoutAddressesAfterNames(lines);
        lines = NamesBrokenAcrossLines(lines);
        return CountryFirst(lines);
    }

    /// <summary>
    /// Logos copied from an e-mail or a web page as their alt text, several to a line ("[image: Aegis Trust]   [image:
    /// Enough Project]"): each names an organization, one line each.
    /// </summary>
    private static List<(string Text, int Line)> LogosOnALine(List<(string Text, int Line)> lines) =>
        [.. lines.SelectMany(l => AltText().IsMatch(l.Text) && AltText().Replace(l.Text, "").Trim().Length == 0
            ? AltText().Matches(l.Text).Select(m => (m.Groups["name"].Value.Trim(), l.Line))
            : [l])];

    /// <summary>
    /// A list sorted by country that prints the country first on each line ("Germany — Genocide Alert",
    /// "International — Amnesty International"): each line is read as the name with its place after it. It is that
    /// list when three lines or more start so, and they are most of the lines with a dash: a name may start with a
    /// country ("Sudan – Darfur Bar Association" among names that do not) without being placed by it.
    /// </summary>
    private static List<(string Text, int Line)> CountryFirst(List<(string Text, int Line)> lines)
    {
        var dashed = lines.Count(l => SpacedDash().IsMatch(l.Text));
        var first = lines.Select(l => PlaceFirst().Match(SignatoryLine.Clean(l.Text)) is { Success: true } m && Places.TryRead(m.Groups["place"].Value) is not null
            && Places.TryRead(m.Groups["name"].Value) is null ? m : null).ToList();
        var count = first.Count(m => m is not null);
        return count < 3 || count < 0.6 * dashed
            ? lines
            : [.. lines.Select((l, i) => first[i] is { } m ? ($"{m.Groups["name"].Value.Trim()} ({m.Groups["place"].Value.Trim()})", l.Line) : l)];
    }

    /// <summary>
    /// "Aegis Trust, United Kingdom – www.aegistrust.org", "Syrian Network (SNHR), UK – info@sn4hr.org": an entry
    /// that ends with its website or e-mail address is the entry without it; only a line that is nothing but contact
    /// details is contact details.
    /// </summary>
    private static List<(string Text, int Line)> WithoutAddressesAfterNames(List<(string Text, int Line)> lines) =>
        [.. lines.Select(l => AddressAfterName().Match(l.Text.Trim()) is { Success: true } m && !IsContact(m.Groups["name"].Value) && !m.Groups["name"].Value.TrimEnd().EndsWith(':')
            && m.Groups["name"].Value.Count(char.IsLetter) >= 2 ? (m.Groups["name"].Value, l.Line) : l)];

    // "2019/08/28 9:41:12 a. m.\tProvea\tVenezuela": a line with a first cell and one in every column is a row of its
    // own, even when its first cell is no number (a form's timestamp).
    private static bool FillsEveryColumn(string raw, ColumnRow.Header header) =>
        raw.Trim().Split('\t') is var parts && parts.Length == header.Columns.Count && parts[0].Trim().Length > 0;

    // "Aegis Trust (link is external) – United Kingdom": what a web page prints after a link, copied with the name.
    private static string WithoutLinkText(string text) => text.Contains('(', StringComparison.Ordinal) || text.Contains('[', StringComparison.Ordinal) ? LinkText().Replace(text, "") : text;

    /// <summary>
    /// A table drawn with bars and rules ("+-----+------+", "| 1. | Name … | Country |"), whose cells may wrap over
    /// several lines between two rules: each row becomes one line of tab-separated cells, its wrapped parts joined.
    /// A Markdown table ("| Organization | Location |" over "|---|---|") has no rules between its rows: there each
    /// line is a row of its own.
    /// </summary>
    private static List<(string Text, int Line)> GridRows(IReadOnlyList<(string Text, int Line)> lines)
    {
        var result = new List<(string Text, int Line)>();
        List<string>? row = null;
        var rowLine = 0;
        var markdown = false;
        void EndRow()
        {
            if (row is not null && row.Any(c => c.Length > 0))
            {
                result.Add((string.Join('\t', row), rowLine));
            }

            row = null;
        }

        foreach (var (text, line) in lines)
        {
            var trimmed = text.Trim();
            if (GridRule().IsMatch(trimmed))
            {
                EndRow();
                continue;
            }

            if (MarkdownRule().IsMatch(trimmed))
            {
                // The rule under a Markdown table's header row: the header is a row, and so is every line below it.
                EndRow();
                markdown = true;
                continue;
            }

            if (trimmed.Length > 1 && trimmed[0] == '|' && trimmed[^1] == '|')
            {
                var cells = trimmed[1..^1].Split('|').Select(c => c.Trim()).ToList();
                // A numbered table: a number starts a row, a line with its number cell empty goes on with the row
                // above, whether the rows are ruled apart or not ("|  2 | Centro de … de la Universidad |" then
                // "|    | Católica Andrés Bello (CDH-UCAB) |").
                var numbered = row is not null && row.Count == cells.Count && RowNumber().IsMatch(row[0]);
                var newRow = numbered ? cells[0].Length > 0 : markdown;
                if (row is null || row.Count != cells.Count || newRow)
                {
                    EndRow();
                    (row, rowLine) = (cells, line);
                }
                else
                {
                    row = [.. row.Zip(cells, (a, b) => b.Length == 0 ? a : a.Length == 0 ? b : a + " " + b)];
                }

                continue;
            }

            EndRow();
            markdown = false;
            result.Add((text, line));
        }

        EndRow();
        return result;
    }

    /// <summary>
    /// An organization under a heading takes the heading's places when it prints none of its own; a country read only
    /// from its name ("Committee for Human Rights in Tibet" under "UNITED STATES", or under "INTERNATIONAL") is what
    /// the organization works on, and gives way to the heading it stands under.
    /// </summary>
    private static PrintedSignatory UnderHeading(PrintedSignatory signatory, PrintedPlaces? group, bool heading = true)
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
            // where the organization sits, not part of its name; the heading gives the country.
            var note = $"left out the city '{city.Groups["city"].Value}'";
            signatory = signatory with { Name = city.Groups["name"].Value.Trim(), Note = signatory.Note is { } earlier ? $"{earlier}; {note}" : note };
        }

        var onlyFromName = signatory.FromName is { } named && signatory.Places.Countries is [var only] && only.Equals(named) && signatory.Places.Regions.Count == 0;
        return !signatory.Places.Any || onlyFromName ? signatory with { Places = group, FromName = null } : signatory;
    }

    /// <summary>
    /// The rows of a table laid out with spaces, each cell wrapped onto the next line finished where it stands: a line
    /// that prints one cell alone, starting where a cell of the row above starts (and not the row's last cell), is the
    /// rest of that cell ("1.   Coastal Fishers' Union of the Northern    Ghana" then "     Region (CFUNR)"), not the
    /// end of the row after its country.
    /// </summary>
    private static List<(string Text, int Line)> CellsWrappedInPlace(List<(string Text, int Line)> lines)
    {
        var joined = new List<(string Text, int Line)>();
        foreach (var (text, line) in lines)
        {
            if (joined.Count > 0 && IsWrappedCell(joined[^1].Text, text) is { } cell)
            {
                var row = joined[^1].Text;
                var rest = text.Trim();
                var after = row[cell.End..];
                var gap = after.Length - after.TrimStart().Length;
                // The next cells keep their place when the gap after the cell leaves room, else move along.
                var kept = gap - rest.Length - 1 >= 2 ? after[(rest.Length + 1)..] : "  " + after.TrimStart();
                joined[^1] = (row[..cell.End] + " " + rest + kept, joined[^1].Line);
                continue;
            }

            joined.Add((text, line));
        }

        return joined;

        static (int Start, int End)? IsWrappedCell(string row, string next)
        {
            if (next.Contains('\t', StringComparison.Ordinal) || row.Contains('\t', StringComparison.Ordinal) || next.Contains('|', StringComparison.Ordinal) || row.Contains('|', StringComparison.Ordinal)
                || next.Length == 0 || !char.IsWhiteSpace(next[0]) || ColumnRow.Spans(next) is not [var alone] || SignatoryLine.StartsWithListMarker(alone.Text))
            {
                return null;
            }

            var cells = ColumnRow.Spans(row);
            var at = cells.FindIndex(c => c.Start == alone.Start);
            return at >= 0 && at < cells.Count - 1 ? (cells[at].Start, cells[at].Start + cells[at].Text.Length) : null;
        }
    }

    /// <summary>
    /// A list laid out in two columns of names side by side ("Amnesty International        Human Rights Watch"),
    /// read down the left column and then down the right, as people read it; a name wrapped onto an indented line in
    /// its column is joined back. A table of names and countries is left alone: its right cells are places.
    /// </summary>
    private static List<(string Text, int Line)> SideBySide(List<(string Text, int Line)> lines)
    {
        var result = new List<(string Text, int Line)>();
        for (var i = 0; i < lines.Count;)
        {
            var run = ColumnsFrom(lines, i);
            if (run is not { } found)
            {
                result.Add(lines[i]);
                i++;
                continue;
            }

            var (end, right) = found;
            var left = new List<(string Text, int Line, int Start)>();
            var rightCells = new List<(string Text, int Line, int Start)>();
            for (var j = i; j < end; j++)
            {
                foreach (var (text, start) in ColumnRow.Spans(lines[j].Text))
                {
                    (start >= right - 4 ? rightCells : left).Add((text, lines[j].Line, start));
                }
            }

            // A blank line between the columns: each is read as a paragraph of its own (a signer and their titles).
            result.AddRange(Joined(left));
            result.Add(("", lines[end - 1].Line));
            result.AddRange(Joined(rightCells));
            i = end;
        }

        return result;
    }

    /// <summary>
    /// A list laid out in three columns or more, as a PDF prints a long alphabetical list ("Aegis Trust (UK)
    /// Equal Rights Trust (UK)        Refugees International (USA)"): read down the first column, then the second,
    /// and so on, each entry that wraps inside its column onto an indented line joined back. It is a list of names
    /// only when no column is one of places: a table of name, city and country is left alone.
    /// </summary>
    private static List<(string Text, int Line)> ManyColumns(List<(string Text, int Line)> lines)
    {
        var result = new List<(string Text, int Line)>();
        for (var i = 0; i < lines.Count;)
        {
            var first = ColumnRow.Spans(lines[i].Text);
            var anchors = first.Select(s => s.Start).ToList();
            if (first.Count < 3 || anchors.Zip(anchors.Skip(1)).Any(p => p.Second - p.First < 16) || ColumnRow.TryHeader(lines[i].Text) is not null)
            {
                result.Add(lines[i]);
                i++;
                continue;
            }

            // Each cell belongs to the last column that starts at or before it (a wrapped part is indented a little).
            int ColumnOf(int start) => anchors.FindLastIndex(a => a <= start + 1);
            var columns = anchors.Select(_ => new List<(string Text, int Line, int Start)>()).ToList();
            var end = i;
            for (; end < lines.Count && lines[end].Text.Trim().Length > 0; end++)
            {
                var spans = ColumnRow.Spans(lines[end].Text);
                var placed = spans.Select(s => (Span: s, Column: ColumnOf(s.Start))).ToList();
                if (placed.Any(p => p.Column < 0 || p.Span.Start > anchors[p.Column] + 6) || placed.Select(p => p.Column).Distinct().Count() != placed.Count)
                {
                    break;
                }

                foreach (var (span, column) in placed)
                {
                    columns[column].Add((span.Text, lines[end].Line, span.Start));
                }
            }

            var entries = columns.Select((column, c) =>
            {
                var joined = new List<(string Text, int Line)>();
                foreach (var (text, line, start) in column)
                {
                    if (joined.Count > 0 && (start > anchors[c] + 1 || Opens(joined[^1].Text) || IsRestOfName(joined[^1].Text, text)))
                    {
                        joined[^1] = (joined[^1].Text + " " + text, joined[^1].Line);
                    }
                    else
                    {
                        joined.Add((text, line));
                    }
                }

                return joined;
            }).ToList();
            var rows = Enumerable.Range(i, end - i).Count(r => ColumnRow.Spans(lines[r].Text).Count == anchors.Count);
            var names = entries.All(c => c.Count(e => e.Text.Count(char.IsLetter) >= 2 && Places.TryRead(e.Text) is null && !KnownCities.Contains(e.Text)) >= 0.8 * c.Count);
            if (rows < 3 || !names)
            {
                result.Add(lines[i]);
                i++;
                continue;
            }

            foreach (var (column, c) in entries.Select((column, c) => (column, c)))
            {
                if (c > 0)
                {
                    result.Add(("", column.Count > 0 ? column[0].Line : lines[i].Line));
                }

                result.AddRange(column);
            }

            i = end;
        }

        return result;
    }

    /// <summary>Where a run of side-by-side names starting at <paramref name="from"/> ends, and where its right column starts.</summary>
    private static (int End, int RightStart)? ColumnsFrom(List<(string Text, int Line)> lines, int from)
    {
        var first = ColumnRow.Spans(lines[from].Text);
        if (first.Count != 2 || first[1].Start < 16 || ColumnRow.TryHeader(lines[from].Text) is not null)
        {
            return null;
        }

        var right = first[1].Start;
        var end = from;
        var pairs = 0;
        var names = 0;
        var headings = 0;
        var unplacedPairs = 0;
        for (; end < lines.Count; end++)
        {
            if (lines[end].Text.Trim().Length == 0)
            {
                // "DR CONGO" under a blank line in the left column, "ZAMBIA" in the right: columns headed by
                // countries go on past a blank line while a line just below it still has a cell in the right column.
                if (headings > 0 && lines.Skip(end + 1).Where(l => l.Text.Trim().Length > 0).Take(2).Any(l => ColumnRow.Spans(l.Text).Any(s => Math.Abs(s.Start - right) <= 4)))
                {
                    continue;
                }

                break;
            }

            var spans = ColumnRow.Spans(lines[end].Text);
            var fits = spans.Count switch
            {
                2 => Math.Abs(spans[1].Start - right) <= 4,
                1 => spans[0].Start <= 4 || Math.Abs(spans[0].Start - right) <= 4,
                _ => false,
            };
            if (!fits)
            {
                break;
            }

            if (spans.Count == 2 && (IsColumnHeading(lines, end, spans[0].Start, spans[0].Text) || IsColumnHeading(lines, end, right, spans[1].Text)))
            {
                headings++;
            }
            else if (spans.Count == 2)
            {
                pairs++;
                var unplaced = Places.TryRead(spans[1].Text) is null && TryRole(spans[1].Text) is null;
                names += unplaced && !IsPersonName(spans[0].Text) ? 1 : 0;
                unplacedPairs += unplaced ? 1 : 0;
            }
        }

        // Trailing blank lines are not part of the columns.
        while (end > from && lines[end - 1].Text.Trim().Length == 0)
        {
            end--;
        }

        // Two signers side by side ("Aïcha Benali          Jean-Marc Delorme", then their titles) are two columns too.
        var signers = IsPersonName(first[0].Text) && IsPersonName(first[1].Text) && end - from >= 2;
        // Under country headings in both columns, a name that reads like a person's ("Héritiers de la Justice") is
        // still a name: what tells the columns from a table is that the right cells are no places.
        var headed = headings > 0 && unplacedPairs >= 3 && unplacedPairs >= 0.8 * pairs;
        return (pairs >= 3 && names >= 0.8 * pairs) || headed || signers ? (end, right) : null;
    }

    /// <summary>
    /// A country heading in one column of a two-column list ("RWANDA" above "Haguruka"): a place in capitals
    /// with a name, not another place, below it in its column. A column of countries ("UK", "USA") is no heading.
    /// </summary>
    private static bool IsColumnHeading(List<(string Text, int Line)> lines, int index, int start, string cell)
    {
        if (!IsCapitals(cell) || PlaceHeading.TryRead(cell) is null || index + 1 >= lines.Count)
        {
            return false;
        }

        var below = ColumnRow.Spans(lines[index + 1].Text).FirstOrDefault(s => Math.Abs(s.Start - start) <= 4);
        return below.Text is { Length: > 0 } name && PlaceHeading.TryRead(name) is null;
    }

    // A column's cells in order, each cell indented past the column's start (or finishing the name above) joined to the one above.
    private static List<(string Text, int Line)> Joined(List<(string Text, int Line, int Start)> cells)
    {
        var column = cells.Count == 0 ? 0 : cells.Min(c => c.Start);
        var joined = new List<(string Text, int Line)>();
        foreach (var (text, line, start) in cells)
        {
            if (joined.Count > 0 && (start > column + 2 || IsRestOfName(joined[^1].Text, text)))
            {
                joined[^1] = (joined[^1].Text + " " + text, joined[^1].Line);
            }
            else
            {
                joined.Add((text, line));
            }
        }

        return joined;
    }

    /// <summary>
    /// The lines with each wrapped item joined back into one: a line that leaves a bracket open ("(Thailand and")
    /// goes on on the next, and so does an item of a numbered or bulleted list whose next line is indented.
    /// </summary>
    private static List<(string Text, int Line)> Unwrapped(IReadOnlyList<(string Text, int Line)> lines)
    {
        var joined = new List<(string Text, int Line)>();
        var lastLength = 0;
        foreach (var (text, line) in lines)
        {
            var printedLength = lastLength;
            lastLength = text.Trim().Length;
            var trimmed = text.Trim();
            if (joined.Count > 0 && trimmed.Length > 0 && joined[^1].Text.TrimEnd() is var hyphenated && BrokenWord().IsMatch(hyphenated) && char.IsLower(trimmed[0]))
            {
                // "Africa Centre for Democracy and Human Rights Stu-" then "dies (ACDHRS), The Gambia": one word broken
                // at the end of the line.
                joined[^1] = (hyphenated[..^1] + trimmed, joined[^1].Line);
                continue;
            }

            if (joined.Count > 0 && trimmed.Length > 0 && joined[^1].Text.Trim() is { Length: > 0 } previous
                && !SignatoryLine.StartsWithListMarker(trimmed)
                && (Opens(previous) || (char.IsWhiteSpace(text[0]) && AddressAfterName().IsMatch(trimmed) && !AddressAfterName().IsMatch(previous) && !IsContact(previous)) || (AcronymOnly().IsMatch(trimmed) && ColumnRow.Cells(previous).Count == 1 && PrintedOrganizationName.Parse(previous).Acronym is null && PlaceHeading.TryRead(previous) is null) || (SignatoryLine.StartsWithListMarker(previous) && text.Length > trimmed.Length + 1 && char.IsWhiteSpace(text[0]))
                    || WrapsRunInList(previous, printedLength)))
            {
                joined[^1] = (joined[^1].Text.TrimEnd() + " " + trimmed, joined[^1].Line);
                continue;
            }

            joined.Add((text, line));
        }

        return joined;

        // "Honduras: CESPAD; Comité de Familiares de Detenidos" then "Desaparecidos en Honduras (COFADEH); …": a list
        // run in with semicolons, wrapped where the line was full, goes on on the next line.
        bool WrapsRunInList(string previous, int length) => length >= 60 && SignatoryLine.SplitTopLevel(previous, ';').Count > 1 && previous[^1] is not (';' or '.' or ':' or ')');
    }

    /// <summary>
    /// The line under a table row finishes the row's name when it cannot start one: it starts in lower case, the
    /// name above stops on a small word or an open bracket ("… pour la"), or its acronym spells the initials of both
    /// lines ("Nigerian Coalition for the International" and "Criminal Court (NCICC)").
    /// </summary>
    private static bool IsRestOfName(string above, string line, bool shortEndWithAcronym = false)
    {
        if (char.IsLower(line[0]) || Opens(above) || OrganizationNameForm.Words(above) is { Count: > 0 } words && NameVariant.IsSmallWord(words[^1]))
        {
            return true;
        }

        if (BracketOnly().IsMatch(line))
        {
            // "(ACJPS)" alone under "African Centre for Justice and Peace Studies".
            return true;
        }

        if (shortEndWithAcronym && !line.Contains(' ', StringComparison.Ordinal) && line.Any(char.IsLower))
        {
            // "Studies" under "Montreal Institute for Genocide and Human Rights": one word cannot be a name of its own.
            return true;
        }

        var parts = PrintedOrganizationName.Parse(line);
        if (parts.Acronym is not { } acronym)
        {
            return false;
        }

        if (shortEndWithAcronym && PrintedOrganizationName.Parse(above).Acronym is null && OrganizationNameForm.Words(parts.Base).Count <= 3)
        {
            // "Project (DefendDefenders)" under "East and Horn of Africa Human Rights Defenders": a short end of a
            // name with the acronym the name above lacks.
            return true;
        }

        var letters = string.Concat(acronym.Where(char.IsLetter)).ToLowerInvariant();
        if (PrintedOrganizationName.Parse(above).Acronym is null && OrganizationNameForm.Words(parts.Base) is { Count: > 0 and <= 4 } baseWords
            && OrganizationNameForm.Words(above) is { Count: > 0 } aboveWords && letters.Length > 0
            && letters[0] == char.ToLowerInvariant(aboveWords[0][0]) && letters[0] != char.ToLowerInvariant(baseWords[0][0]))
        {
            // "Centre for Peace Studies and Human" then "Security Research (CPSHSR)": an acronym that starts with the line
            // above and not with its own line is the acronym of the name above, finished here.
            return true;
        }

        string Initials(string name) => string.Concat(OrganizationNameForm.Words(name).Where(w => !NameVariant.IsSmallWord(w)).Select(w => w[0]));
        return Initials(above + " " + parts.Base) == letters && Initials(parts.Base) != letters;
    }

    private static bool Opens(string text) =>
        text.Count(c => c == '(') > text.Count(c => c == ')') || text.Count(c => c == '[') > text.Count(c => c == ']');

    /// <summary>
    /// Whether the list's "Name – Place" reads with the dash separating the place: when most lines print a place apart
    /// from the name ("Dan Church Aid – Denmark", "Aegis Trust (UK)"). The whole is kept when it is an organization's
    /// name or names another country's branch (decided when matching, <see cref="PrintedSignatory.WholeName"/>), so
    /// "World Federalist Movement – Canada" stays itself.
    /// </summary>
    private static bool DashesSeparate(IReadOnlyList<(string Text, int Line)> lines)
    {
        var items = lines.Select(l => SignatoryLine.Clean(l.Text)).Where(t => t.Length > 0 && !IsHeading(t, out _) && !IsContact(t) && !IsTrailer(t)).ToList();
        var dashed = items.Count(IsDashedPlace);
        var placed = items.Count(t => SignatoryLine.One(AsComma(t), 0).Places.Any);
        return (dashed >= 3 && dashed >= 0.5 * items.Count) || (dashed >= 1 && items.Count >= 4 && placed >= 0.5 * items.Count);
    }

    /// <summary>Reads an organization's line the way the list prints its places.</summary>
    private static IReadOnlyList<PrintedSignatory> ReadOrganizations(string text, int line, bool dashesSeparate)
    {
        if (!dashesSeparate || !IsDashedPlace(SignatoryLine.Clean(text)))
        {
            return SignatoryLine.Read(text, line);
        }

        var separated = SignatoryLine.Read(AsComma(SignatoryLine.Clean(text)), line);
        return separated.Count != 1 ? separated : [separated[0] with { WholeName = SignatoryLine.One(SignatoryLine.Clean(text), line).Name }];
    }

    // "… – Denmark", "… – Kampala, Uganda", "… – based in Denmark and Belgium": after the dash, only where it is.
    // "… – UK (United Kingdom)" and "… – Ditshwanelo, Botswana" are names that end so.
    private static bool IsDashedPlace(string text) =>
        DashedPlace().Match(text) is { Success: true } m
        && (Places.TryRead(m.Groups["place"].Value) is not null || PlacePhrase().IsMatch(m.Groups["place"].Value))
        && SignatoryLine.One(m.Groups["name"].Value + ", " + m.Groups["place"].Value, 0).Places.Any;

    private static string AsComma(string text) =>
        DashedPlace().Match(text.Trim()) is { Success: true } m ? $"{m.Groups["name"].Value}, {m.Groups["place"].Value}" : text;

    /// <summary>The index of the signatory read from the line just above, when it printed no place.</summary>
    private static int? PlacelessPrevious(Contents contents, List<(string Text, int Line)> lines, int index)
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

    private static bool IsCapitals(string text) => text.Any(char.IsLetter) && !text.Any(char.IsLower);

    // "Bujumbura", "Goma, North Kivu", "Nairobi, Kenya": cities and places only, one of them a known city or a country.
    private static bool IsPlaceLine(string text) =>
        text.Split([',', '/'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries) is { Length: > 0 } parts
        && parts.Any(part => KnownCities.Contains(part) || Places.TryRead(part) is not null)
        && parts.All(part => SignatoryLine.IsCityName(part) || Places.TryRead(part) is not null);

    /// <summary>
    /// "Prof. Jane Doe, Professor of Law, University of Nairobi (Kenya)", "Jane Doe (Amnesty International)",
    /// "Hon. John Smith – Member of Parliament": the name, then each title and affiliation.
    /// </summary>
    private static PrintedPerson PersonWithAffiliations(string text, int line)
    {
        var withoutPlace = SignatoryLine.One(text, line).Name;
        var bracket = BracketedAffiliation().Match(withoutPlace);
        var separator = NameSeparator().Match(withoutPlace);
        // "Jane Doe (Amnesty International)", but "Jane Doe – Centre for Peace Studies (UON)": the bracket closes the
        // affiliation when a separator comes before it.
        var bracketFirst = bracket.Success && !(separator.Success && separator.Index < withoutPlace.IndexOf('(', StringComparison.Ordinal));
        var (name, rest) = bracketFirst ? (bracket.Groups["name"].Value, bracket.Groups["rest"].Value)
            : separator.Success ? (withoutPlace[..separator.Index], withoutPlace[(separator.Index + separator.Length)..])
            : (withoutPlace, "");
        var roles = rest.Split([";", " / ", " | "], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(part => TryRole(part) ?? (OrganizationWords.AnyIn(part) || part.Contains(',', StringComparison.Ordinal) ? new PrintedRole(null, part) : new PrintedRole(part, null)))
            .ToList();
        return new PrintedPerson(name.Trim(), roles, line);
    }

    /// <summary>"William R. Pace, Executive Director, WFM-IGP" or "Dr. Andrés Serbin / Chair, ICRtoP / Executive Director, CRIES".</summary>
    private static PrintedPerson? TryPersonOnOneLine(string text, int line)
    {
        var bySlash = text.Split([" / ", " | "], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (bySlash.Length >= 2 && IsPersonName(bySlash[0]))
        {
            var roles = bySlash[1..].Select(part => TryRole(part) ?? new PrintedRole(null, part)).ToList();
            return new PrintedPerson(bySlash[0], roles, line);
        }

        var separator = NameSeparator().Match(text);
        if (separator.Success && IsPersonName(text[..separator.Index]) && TryRole(text[(separator.Index + separator.Length)..], afterName: true) is { } role)
        {
            return new PrintedPerson(text[..separator.Index].Trim(), [role], line);
        }

        return null;
    }

    /// <summary>"Executive Director", "Chair, International Coalition …", "Deputy-Director, …": a line that starts with a position.</summary>
    /// <remarks>
    /// After a person's name on the same line (<paramref name="afterName"/>) a place is the organization's
    /// ("Jane Doe, Executive Director, Aegis Trust (United Kingdom)") and is left out of the affiliation.
    /// </remarks>
    private static PrintedRole? TryRole(string text, bool afterName = false)
    {
        if (afterName)
        {
            // Only the places at the end go: "Programme Manager, Femnet, Kenya" keeps Femnet, which a reading of the
            // whole as one organization would take for a city before the country.
            text = WithoutTrailingPlaces(text);
        }

        // "Co-convenor", "Vice-President": a role word after a prefix is a role word too.
        var first = text.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries).FirstOrDefault();
        if (first is null || !IsRoleWord(first) || text.Length > 200 || (!afterName && SignatoryLine.One(text, 0).Places.Any && !PersonTitle().IsMatch(first)))
        {
            // A printed country makes it an organization ("Executive Secretariat of the …, Burundi"), unless the line
            // starts with what only a person is: "Chairperson, National Coalition of Human Rights Defenders – Uganda".
            return null;
        }

        var comma = text.IndexOf(',', StringComparison.Ordinal);
        if (comma > 0)
        {
            return new PrintedRole(text[..comma].Trim(), text[(comma + 1)..].Trim().TrimEnd('.'));
        }

        var at = AtOrganization().Match(text);
        if (at.Success && OrganizationWords.AnyIn(at.Groups["organization"].Value))
        {
            return new PrintedRole(at.Groups["title"].Value.Trim(), at.Groups["organization"].Value.Trim());
        }

        // "Présidente du comité de pilotage", "Chair of the steering committee": a position in a body written in small
        // letters, a common noun and no organization's proper name.
        if (InUnnamedBody().IsMatch(text))
        {
            return new PrintedRole(text, null);
        }

        // A title alone ("Executive Director", "Steering Committee Member") is made of title words only, so an
        // organization such as "Executive Secretariat of ICGLR" is not taken for one.
        // "Coordinatrice de la campagne", "Chargé de plaidoyer": a position and what it is about, with no word of an
        // organization's name in it.
        var words = text.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries);
        return words.Length <= 6 && (words.All(w => RoleWord().IsMatch(w) || TitleWord().IsMatch(w)) || !OrganizationWords.AnyIn(text)) ? new PrintedRole(text, null) : null;
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

    /// <summary>The index of a list heading after the paragraph that starts at <paramref name="index"/> (a blank line ends it), or null.</summary>
    private static int? ListHeadingAfterParagraph(List<(string Text, int Line)> lines, int index)
    {
        var end = index;
        while (end < lines.Count && lines[end].Text.Trim().Length > 0)
        {
            end++;
        }

        for (var j = end; j < lines.Count; j++)
        {
            var text = lines[j].Text.Trim();
            if (text.Length > 0)
            {
                return IsHeading(text, out var people) && !people ? j : null;
            }
        }

        return null;
    }

    private static bool IsRoleWord(string word) =>
        RoleWord().IsMatch(word) || (word.Split('-', StringSplitOptions.RemoveEmptyEntries) is [var head, .., var last] && (RoleWord().IsMatch(head) || RoleWord().IsMatch(last)));

    // The next line that says something is a position; other signers' names may come first ("Jane Doe", "John Roe",
    // "Conveners").
    private static bool NextIsRole(List<(string Text, int Line)> lines, int index)
    {
        for (var j = index + 1; j < lines.Count; j++)
        {
            var next = lines[j].Text.Trim();
            if (next.Length == 0 || IsContact(next) || (j == index + 1 && TryRole(SignatoryLine.Clean(next)) is null && IsPersonName(WithoutCity(SignatoryLine.Clean(next)))))
            {
                continue;
            }

            return TryRole(SignatoryLine.Clean(next)) is not null;
        }

        return false;
    }

    public static bool IsPersonName(string text) => PersonName().IsMatch(text) && !OrganizationWords.AnyIn(text);

    // "William R. Pace" and "William R Pace" are one signer.
    private static bool SamePerson(string name, string text) =>
        LettersOnly(name) == LettersOnly(text) || LettersOnly(Honorific().Replace(name, "")) == LettersOnly(text);

    private static string LettersOnly(string text) => string.Concat(text.Where(char.IsLetter)).ToLowerInvariant();

    public static bool IsContact(string text) =>
        Email().IsMatch(text) || Web().IsMatch(text) || Phone().IsMatch(text) || Address().IsMatch(text);

    private static PrintedPerson AddRole(List<PrintedPerson> people, PrintedPerson person, PrintedRole role) =>
        Replace(people, person, person with { Roles = [.. person.Roles, role] });

    private static PrintedPerson ReplaceLastRole(List<PrintedPerson> people, PrintedPerson person, PrintedRole role) =>
        Replace(people, person, person with { Roles = [.. person.Roles.Take(person.Roles.Count - 1), role] });

    private static PrintedPerson Replace(List<PrintedPerson> people, PrintedPerson old, PrintedPerson updated)
    {
        people[people.IndexOf(old)] = updated;
        return updated;
    }

    [GeneratedRegex(@"^(?:(?:yours\s+)?(?:very\s+)?(?:sincerely|faithfully|truly|respectfully|cordially)(?:\s+yours)?|(?:with\s+)?(?:best|kind|warm|warmest|kindest)?\s*regards|please accept\b.*|veuillez agréer\b.*|(?:bien\s+)?cordialement|salutations distinguées|respectueusement|atentamente|cordialmente|saludos cordiales|sinceramente|atenciosamente|respeitosamente|com\s+os\s+(?:melhores\s+)?cumprimentos|(?:os\s+)?melhores\s+cumprimentos|saudações\s+cordiais|in solidarity|en solidarité|en solidaridad|mit\s+(?:freundlichen|besten|solidarischen)\s+grü(?:ß|ss)en|hochachtungsvoll|(?:cordiali|distinti)\s+saluti|con\s+(?:i\s+migliori|osservanza|stima)(?:\s+saluti)?|in\s+fede|(?:signed\s+|submitted\s+)?on\s+behalf\s+of\s+(?:the\s+)?(?:following\s+|undersigned\s+|signatory\s+|above\s+)?organi[sz]ations(?:\s+(?:below|listed\s+below|signing\s+below|above))?(?:\s+by)?|(?:signed\s+|submitted\s+)?on\s+behalf\s+of\s+the\s+(?:undersigned|signatories)|au\s+nom\s+des\s+organisations(?:\s+signataires|\s+soussignées)?|im\s+namen\s+der\s+(?:unterzeichnenden|unten\s+genannten|folgenden)\s+organisationen|a\s+nome\s+(?:delle|di\s+tutte\s+le)\s+organizzazioni(?:\s+firmatarie|\s+aderenti)?|pour\s+les\s+organisations\s+(?:signataires|soussignées)|en\s+nombre\s+de\s+las\s+organizaciones(?:\s+firmantes)?|por\s+las\s+organizaciones\s+firmantes|em\s+nome\s+das\s+organiza[çc][õo]es(?:\s+signatárias|\s+abaixo\s+assinadas)?|pelas\s+organiza[çc][õo]es\s+signatárias|hoogachtend|met\s+(?:vriendelijke|hartelijke)\s+groet(?:en)?|met\s+de\s+meeste\s+hoogachting|namens\s+de\s+(?:ondertekenende|ondergetekende)\s+organisaties|für\s+die\s+(?:unterzeichnenden|unterzeichneten|beteiligten)\s+organisationen|z\s+(?:wyrazami\s+szacunku|poważaniem)|saygılarımızla|saygılarımla|w\s+imieniu\s+(?:sygnatariuszy|organizacji\s+(?:podpisanych|sygnatariuszy))|(?:pela|pelo|por\s+la|por\s+el|pour\s+la|pour\s+le|per\s+la|for\s+the)\s+(?:plataforma|platform|plateforme|piattaforma|coalition|coalición|coalizione|coligação|coalizão|rede|red|réseau|rete|network)|por\s+las\s+organizaciones\s+(?:convocantes|promotoras))\s*[,.:]?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Closing();

    // A closing written as a sentence: "Dans l'attente de votre réponse, nous vous prions d'agréer, Monsieur le
    // Président, l'expression de notre très haute considération.", "Hacemos propicia la ocasión para reiterarle…".
    [GeneratedRegex(@"(?:prions\s+d'agréer|prie\s+d'agréer|veuillez\s+agréer|veuillez\s+recevoir|l'expression\s+de\s+(?:notre|nos|ma|mes)\s+(?:très\s+)?(?:haute|hautes|plus\s+haute|respectueuse|distinguée|sincère)|(?:porgiamo|porgo|inviamo|invio)\s+(?:i\s+(?:più\s+)?)?(?:distinti|cordiali)\s+saluti|hacemos\s+propicia\s+la\s+(?:ocasión|oportunidad)|(?:reiteramos|reiteramos\s+a|reitero)\s+.*(?:consideración|estima)|aprovechamos\s+la\s+(?:ocasión|oportunidad)\s+para\s+(?:reiterar|saludar)|please\s+accept(?:,\s*[^,]+,)?\s+the\s+assurances?\s+of)[^.]*\.?\s*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ClosingSentence();

    // The whole line is the heading, perhaps with the list after its colon ("Signed by: A; B"); a sentence that
    // merely starts with "Signatories …" is not one.
    [GeneratedRegex(@"^(?:(?:also|additionally|further)\s+)?(?:(?:the|les|las|los)\s+)?(?:(?:this\s+(?:letter|statement|appeal|submission|resolution|declaration|petition)\s+(?:was|is|has\s+been)\s+(?:\w+\s+)?)?(?:signed|endorsed|supported|co-?signed|joined|proposed|submitted|presented|initiated|made)(?:\s+jointly)?(?:\s+by)?(?:\s+the\s+following(?:\s+[\w-]+){0,3})?|(?:(?:full\s+|complete\s+)?list\s+of\s+)?(?:(?:additional|other|further|more)\s+)?(?:co-?)?signator(?:y|ies)(?:\s+organi[sz]ations)?|(?:the\s+)?undersigned(?:\s+organi[sz]ations)?|(?:the\s+following\s+)?organi[sz]ations\s+(?:signing|endorsing|signed|endorsed)(?:\s+[\w-]+){0,3}|(?:signing|endorsing|supporting)\s+organi[sz]ations|organi[sz]ations?|organi[sz]ational\s+(?:signatories|signers|endorsements|endorsers)|(?:(?:additional|other|further)\s+)?(?:endorsements|endorsers|supporters)|organisations?\s+(?:co-?)?signataires|(?:premiers\s+)?(?:co-?)?signataires|firmantes|firman|suscriben|adhieren|signatários|signatárias|assinam|assinaturas|organizações\s+signatárias|subscrevem|organizaciones(?:\s+firmantes)?|lista\s+de\s+(?:firmantes|organizaciones|signatários|signatárias|signatarios|organizações|entidades)(?:\s+(?:firmantes|signatárias))?|liste\s+des\s+(?:signataires|organisations)(?:\s+signataires)?|(?:die\s+)?(?:unterzeichnenden|unterzeichnende|beteiligten)\s+organisationen|(?:erst)?unterzeichner(?:innen)?(?:\s+und\s+unterzeichner)?|unterzeichnet\s+von|unterstützt\s+von|(?:le\s+)?organizzazioni\s+(?:firmatarie|aderenti|promotrici)|(?:i\s+)?firmatari|(?:hanno\s+)?(?:sottoscritto|firmato|aderito)(?:\s+(?:la|alla)\s+(?:lettera|appello|dichiarazione))?|aderiscono|sottoscrivono|firmano|ondertekenaars|(?:de\s+)?(?:ondertekenende|ondergetekende)\s+organisaties|ondertekend\s+door|(?:outras\s+)?organiza[çc][õo]es\s+(?:subscritoras|aderentes)|lista\s+(?:sygnatariuszy|organizacji\s+podpisanych)|sygnatariusze|(?:organizacje\s+)?(?:podpisane|sygnatariusze)|[iİ]mzac[ıi]\s+(?:kuruluşlar|kurumlar|örgütler)|[iİ]mzac[ıi]lar)(?:\s+(?:and|with)\s+(?:their\s+)?(?:countr(?:y|ies)|locations?|cities)|\s+by\s+(?:country|region)|\s+par\s+pays|\s+por\s+país)?\s*(?:\([^()]*\))?\s*(?::.*|[.,])?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex OrganizationsHeading();

    [GeneratedRegex(@"^(?:(?:list\s+of\s+)?individuals?(?:\s+(?:signatories|signers|signatures|endorsements|endorsers|supporters|signing))?(?:,?\s+(?:signing\s+)?in\s+(?:their|a)\s+personal\s+capacit(?:y|ies))?|(?:signed\s+|signing\s+)?in\s+(?:their|a|my)\s+personal\s+capacit(?:y|ies)|personal\s+capacity|eminent\s+persons|personalities|personnalités|personnes(?:\s+physiques)?|(?:signataires\s+)?(?:individuels|à\s+titre\s+(?:individuel|personnel))|personas(?:\s+firmantes)?|personas\s+que\s+(?:suscriben|firman)(?:\s+a\s+título\s+(?:personal|individual))?|individuals\s+who\s+(?:sign|have\s+signed)(?:\s+in\s+(?:their|a)\s+personal\s+capacity)?|(?:the\s+following\s+)?individuals\s+(?:\w+\s+){1,4}in\s+(?:their|a)\s+personal\s+capacity|(?:firmas\s+)?(?:individuales|a\s+título\s+(?:personal|individual))|(?:per\s+il|für\s+den)\s+(?:comitato\s+promotore|coordinamento|koordinierungskreis|trägerkreis)|(?:pela|por\s+la|pour\s+la|for\s+the)\s+(?:coordenação|coordinación|coordination)(?:\s+(?:da|de\s+la|of\s+the)\s+(?:carta|lettre|letter|declaração|declaración|déclaration|statement))?)\s*(?:\([^()]*\))?\s*:?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex PeopleHeading();

    [GeneratedRegex(@"^(?:#{3}|-30-|--\s*$|c\.\s?c\.\s|cc\s*:|copies?\s+(?:to|à)\b|copia\s+a\b|[-–]\s*ends?\s*[-–]|ends\s*$|notes?\s+(?:to|for)\s+editors?|©|copyright\b|more\s+reading|related\s+(?:content|news|reading|articles?)|most\s+viewed|share\s+this|read\s+more\s*$|see\s+also\s*:|tags?\s*:|region\s*/\s*country\s*$|topics?\s*$|follow\s+us\b|subscribe\b|confidentiality\s+notice|disclaimer\s*:|this\s+e-?mail\s+(?:and\s+any\s+attachments\s+)?(?:is|are)\s+(?:confidential|intended)|for\s+(?:more|further)\s+information|contacts?\s*:|media\s+contacts?|press\s+contacts?|notes?\s*:|foot\s*notes?|end\s*notes?|\[\d+\]|[¹²³⁴⁵⁶⁷⁸⁹]|pour\s+plus\s+d'informations|para\s+más\s+información|contact\s+presse|contacto\s*:|contactos\s*:|contacts?\s+(?:presse|médias|de\s+presse)|contacts?\s+(?:for|with)\s+(?:the\s+)?(?:media|press)|press\s+(?:inquiries|enquiries)|perscontact|contact\s+for\s+(?:this|the)\s+(?:letter|statement|appeal)|pressekontakt|presseanfragen|kontakt\s*:|ansprechpartner(?:in)?\s*:|per\s+(?:ulteriori\s+)?informazioni|contatti?\s*(?:stampa\s*)?:|ufficio\s+stampa|media\s+(?:inquiries|enquiries)|kontakt\s+dla\s+(?:mediów|prasy)|basın\s+(?:iletişim|irtibat)|iletişim\s*:)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Trailer();

    [GeneratedRegex(@"^(?:\d{1,2}|\[\d{1,2}\]|\(\d{1,2}\))\s+\S", RegexOptions.CultureInvariant)]
    private static partial Regex FootnoteNumber();

    [GeneratedRegex(@"^(?:annex(?:e)?|appendix|anexo|apéndice)(?:\s+(?:[ivx]+|\d+|[a-z]))?\s*[:.–—-]\s*", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex AnnexPrefix();

    [GeneratedRegex(@"^(?<name>.*?)\s*\((?<place>[^()]+)\)$", RegexOptions.CultureInvariant)]
    private static partial Regex TrailingBracket();

    [GeneratedRegex(@"^\d{1,4}[.)]?(?:\s|$)", RegexOptions.CultureInvariant)]
    private static partial Regex LeadingNumber();

    // "(ZLHR)" alone on a line: an acronym in capitals that a hard wrap pushed under its name.
    [GeneratedRegex(@"^\((?=(?:[^)]*\p{Lu}){2})[\p{Lu}\d][\p{L}\d&.\-/]{1,15}\)$", RegexOptions.CultureInvariant)]
    private static partial Regex AcronymOnly();

    // A line that ends in a word broken by a hyphen: "… and Develop-" (not "Oxfam -" nor "--").
    [GeneratedRegex(@"\p{Ll}{2}-$", RegexOptions.CultureInvariant)]
    private static partial Regex BrokenWord();

    // "Honduras: Centro …; …", "Internacional: Peace Brigades …": a place, a colon, and what is there.
    [GeneratedRegex(@"^(?<place>\p{L}[\p{L} .'’-]{1,40}?)\s*:\s+(?<rest>\S.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex InlineHeading();

    // "[Comment AB3]: Can someone confirm …": a word processor's comment, pasted with the text it was left on.
    [GeneratedRegex(@"^\[(?:comment|commentaire|comentario|comentário)\s*[\p{L}]{0,4}\d*\]\s*:", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex WordComment();

    // "Horn Institute — WITHDRAWN 14/12, do not include": a row the drafters kept in the list but struck from it.
    [GeneratedRegex(@"\s[-–—]\s*(?:withdrawn|retirée?s?|retirad[oa]s?)\b|\bdo\s+not\s+include\b|\bne\s+pas\s+inclure\b|\bno\s+incluir\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Withdrawn();

    [GeneratedRegex(@"\s*[\(\[](?:link\s+is\s+external|external\s+link|opens\s+in\s+(?:a\s+)?new\s+(?:window|tab)|lien\s+externe|enlace\s+externo|link\s+externo)[\)\]]", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex LinkText();

    [GeneratedRegex(@"^\+[-=+:]+\+$", RegexOptions.CultureInvariant)]
    private static partial Regex GridRule();

    // "    — all of Syria", "— Jordan", "— all international", "– each based in Kenya": the place of the group above.
    [GeneratedRegex(@"^\s*[—–]\s*(?:(?:all|each|both)\s+(?:of\s+)?(?:them\s+)?(?:(?:in|from|based\s+in)\s+)?)?(?:the\s+)?(?<place>[^—–()]+?)\s*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex GroupPlace();

    // "Ohne Rüstung Leben (Stuttgart)", "… (Frankfurt am Main)": a town's name in brackets at the end.
    [GeneratedRegex(@"^(?<name>.*\S)\s*\((?<city>\p{Lu}\p{Ll}+(?:(?:[\s-]\p{Ll}{1,3})*[\s-]\p{Lu}\p{Ll}+)*)\)$", RegexOptions.CultureInvariant)]
    private static partial Regex TrailingCityInBrackets();

    // "cc:", "c.c.", "Copy to:", "Copie :", "Kopie:", "Afschrift:": the officials a letter is copied to.
    [GeneratedRegex(@"^(?:cc|c\.\s?c\.|copy\s+to|copies\s+to|copie|copia|kopie|afschrift|c/c)\s*:?", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex CopyLine();

    // "12", "12.", "3)": the number of a table's row.
    [GeneratedRegex(@"^\d{1,4}[.)]?$", RegexOptions.CultureInvariant)]
    private static partial Regex RowNumber();

    // "|---|---|", "| :--- | ---: |": the line between a Markdown table's header and its rows.
    [GeneratedRegex(@"^\|?(?:\s*:?-{3,}:?\s*\|)+(?:\s*:?-{3,}:?\s*)?$", RegexOptions.CultureInvariant)]
    private static partial Regex MarkdownRule();

    [GeneratedRegex(@"^(?:based|headquartered|registered|located|with\s+offices|basée?s?|con\s+sede|an?\s+\S+\s+organi[sz]ation)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex PlacePhrase();

    // "Aegis Trust, represented by Dr. Hannah Whitcombe, Head of Policy and Advocacy".
    [GeneratedRegex(@"^(?<organization>.+?),?\s+(?:represented\s+by|représentée?s?\s+par|representad[oa]s?\s+por)\s+(?<person>.+)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex RepresentedBy();

    // A cell that goes on on the next line: "United States," "Uganda /", "Kenya and".
    [GeneratedRegex(@"(?:[,/&]|\band|\bet|\by)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ContinuesOnNextLine();

    // "This letter is signed by the following organisations, represented by:", "… représentées par :".
    [GeneratedRegex(@"\b(?:organi[sz]ations|organizaciones)\b.*\b(?:represented\s+by|représentées?\s+par|representadas?\s+por)\s*:?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Represented();

    [GeneratedRegex(@"^[\(\[][\p{L}\d][\p{L}\d&.\-/]{1,24}[\)\]]$", RegexOptions.CultureInvariant)]
    private static partial Regex BracketOnly();

    [GeneratedRegex(@"^(?:[-_=*~·•]\s*){3,}$", RegexOptions.CultureInvariant)]
    private static partial Regex Rule();

    // The last spaced dash: "Human Rights Watch – États-Unis", "… – Ouganda / États-Unis".
    [GeneratedRegex(@"^(?<name>.*\S)\s+[-–—]\s+(?<place>(?:(?!\s[-–—]\s).)+)$", RegexOptions.CultureInvariant)]
    private static partial Regex DashedPlace();

    // "(signing in a personal capacity)", "[affiliations for identification only]", "* in alphabetical order".
    [GeneratedRegex(@"^(?:\([^()]*\)|\[[^\[\]]*\]|\*\s*(?:in\s+alphabetical\s+order|affiliations?\b.*|organi[sz]ations?\s+(?:listed|marked)\b.*))\.?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Note();

    [GeneratedRegex(@"^(?:name|nom|nombre)(?:\s{2,}|\t+)(?:affiliation|title|position|role|organi[sz]ation|institution|fonction|cargo|afiliación)\b.*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex PeopleHeader();

    [GeneratedRegex(@"^(?:[-–—]\s*)?(?:page|p\.|pg\.?|página|pagina|seite|strona|sayfa)?\s*\d{1,3}\s*(?:(?:of|de|sur|di|von|van|z|/)\s*\d{1,3})?(?:\s*[-–—])?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex PageNumber();

    // "Joint letter on Ethiopia to HRC Member States          Page 2 of 3", "SALC – Joint letter | Page 2 of 2".
    // A page's running header or footer: "… | Page 2 of 3", "Amnesty International Public Statement    Index: ASA 37/4771/2021    2",
    // "Public Document".
    [GeneratedRegex(@"(?:\s{3,}|\|\s*)(?:(?:page|página|pagina|seite|strona|sayfa|p\.)\s*)?\d{1,3}\s*(?:(?:of|de|sur|di|von|van|z|/)\s*\d{1,3})?$|^(?:public|internal)\s+document$|\bindex\s*:\s*[a-z]{2,4}\s*\d", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex RunningFooter();

    [GeneratedRegex(@"[\w.+-]+@[\w-]+\.[\w.-]+", RegexOptions.CultureInvariant)]
    private static partial Regex Email();

    // "… – www.example.org", "…, info@example.org", "… | https://example.org/": an address after a separator at the end.
    [GeneratedRegex(@"^(?<name>.*?\S)\s*(?:\s[-–—|]|[,;]|\t)\s*(?:(?:https?://|www\.)[^\s,;]+|[\w.+-]+@[\w-]+\.[\w.-]+)/?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex AddressAfterName();

    // A web address, or a file offered for download ("Download: letter_HRC20_Eritrea.pdf (62 KB)").
    // "Baixe a carta em PDF (95 KB)", "Download the letter (PDF, 1.2 MB)": a file offered with its size.
    [GeneratedRegex(@"(?:https?://|www\.)\S+|^(?:download|télécharger|descargar|baixar)\s*:|\S\.(?:pdf|docx?|odt|rtf)\b|\b(?:pdf|docx?|odt|rtf)\b[^()]*\(\s*(?:(?:pdf|docx?)\s*,\s*)?\d+(?:[.,]\d+)?\s*(?:kb|mb|ko|mo)\s*\)|\(\s*(?:pdf|docx?)\s*,\s*\d+(?:[.,]\d+)?\s*(?:kb|mb|ko|mo)\s*\)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Web();

    // "(signed)", "(signé)          (signé)": the place of a handwritten signature, once per signer on the line.
    [GeneratedRegex(@"^(?:[\(\[](?:signed|sgd|signé|signée|firmado|firmada|assinado|assinada)[\)\]]\s*)+$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex SignedMark();

    // "[Show all signatories]", "[Hide]", "[Read more]": the buttons of a page copied from a browser.
    [GeneratedRegex(@"^\[(?:show|hide|view|see|expand|collapse|close|more|less|read\s+more|voir|afficher|masquer|ver|mostrar|ocultar)\b[^\[\]]*\]$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex WebPageControl();

    // The end of a teaser: "… and 9 others. [Show all signatories]", "… et 12 autres", "… y 8 más".
    [GeneratedRegex(@"(?:,?\s+(?:and|et|y|e)\s+\d+\s+(?:others?|more|autres|otros|otras|más|outros|outras)\b[^\[\]]*)?(?:\s*\[(?:show|view|see|expand|more|read|voir|afficher|ver|mostrar)\b[^\[\]]*\])?\s*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Teaser();

    [GeneratedRegex(@"^(?:phone|tel|telephone|téléphone|tél|teléfono|fax|mobile|mob|cell|skype|whatsapp|signal|telegram)\b\.?|^\+?[\d\s().\-/x]{7,}$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Phone();

    [GeneratedRegex(@"\b(?:floor|street|avenue|ave|road|suite|boulevard|blvd|p\.?\s?o\.?\s+box|b\.?p\.?\s+\d+|rue|calle|apartado)\b.*\d|\d.*\b(?:floor|street|avenue|ave|road|suite|boulevard|rue|calle)\b|\b[A-Z]{2}\s+\d{5}\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Address();

    // Titles printed before a person's name, in English, French and Spanish.
    private const string Titles = @"(?:Prof\.ssa|Dott\.ssa|Dott|Avv|Ing\.ssa|Frau|Herr|Dr|Dra|Profa|Mr|Mrs|Ms|Miss|Mx|Prof|Professor|Pr|Rev|Revd|Rt\.?\s?Rev|Fr|Sr|Sra|Srta|Mme|Mlle|M|Hon|H\.\s?E|S\.\s?E|Sir|Dame|Amb|Ambassador|Me|Bishop|Archbishop|Sen|Senator|Sheikh|Imam|Rabbi|Pastor|Lic|Licda|Ing|Mgr|Msgr|drs|Drs|ir|Ir|dhr|Dhr|mevr|Mevr|dr\s+hab|Dr\s+hab|dr|Av|Doç)";

    [GeneratedRegex(@"^(?:" + Titles + @"\.?\s+)+", RegexOptions.CultureInvariant)]
    private static partial Regex Honorific();

    // "Dr. Jane Doe, University of Nairobi": the name runs from after the titles to the first separator.
    [GeneratedRegex(@"^(?:" + Titles + @"\.?\s+)+(?<name>[^,()/–—]+?)(?=\s*(?:,|\(|\s[-–—]\s|\s/\s|$))", RegexOptions.CultureInvariant)]
    private static partial Regex HonorificFirst();

    [GeneratedRegex(@"^(?:" + Titles + @"\.?\s+)*(?:\p{Lu}[\p{L}'’]*\p{Ll}[\p{L}'’]*(?:-\p{L}[\p{L}'’]*)*)(?:\s+(?:\p{Lu}\.?|\p{Lu}[\p{L}'’]*\p{Ll}[\p{L}'’]*(?:-\p{L}[\p{L}'’]*)*|de|da|do|dos|das|van|von|der|den|del|della|di|la|le|du|bin|binti|al|el|ibn|y)){1,4}$", RegexOptions.CultureInvariant)]
    private static partial Regex PersonName();

    [GeneratedRegex(@"^(?:executive|director|directora|directeur|directrice|chair|chairperson|chairman|chairwoman|co-chair|president|président|présidente|presidente|presidenta|vicepresidente|vice-président|vice|membre|miembro|fondateur|fondatrice|fundador|fundadora|représentant|représentante|representante|responsable|porte-parole|délégué|déléguée|delegado|delegada|directeur|directrice|director|secretary|secrétaire|secretario|secretaria|coordinator|co-ordinator|coordinateur|coordinatrice|coordinador|coordinadora|member|deputy|founder|co-founder|cofounder|head|officer|manager|programme|program|senior|advisor|adviser|representative|ceo|coo|cfo|trustee|convenor|convener|spokesperson|researcher|professor|lawyer|attorney|steering|assistant|fellow|leader|chief|principal|dean|editor|consultant|analyst|officer|treasurer|moderator|facilitator|focal|national|regional|country|managing|interim|founding|special|general|convenors|conveners|co-conveners|co-convenors|coordonnateur|coordonnatrice|chargé|chargée|avocat|avocate|abogado|abogada|investigador|investigadora|profesor|profesora|juriste|activiste|activista|militante|défenseur|défenseure|defensor|defensora|pasteur|pastor|évêque|obispo|bishop|archbishop|journalist|journaliste|periodista|chercheur|chercheuse|economist|économiste|médecin|physician|associate|emeritus|retired|former|ancien|ancienne|presidente|secrétaire|commissioner|commissaire|comisionado|comisionada|judge|juge|juez|jueza|ambassador|ambassadeur|ambassadrice|embajador|embajadora|minister|ministre|ministro|ministra|mp|senator|senador|senadora|député|députée|diputado|diputada|rapporteur|relator|relatora|rector|rectora|recteur|dean|doyen|chancellor|advocacy|policy|legal|communications|campaigns|portavoce|coordinatore|coordinatrice|direttore|direttrice|presidentessa|segretario|segretaria|responsabile|koordinator|koordinatorin|sprecher|sprecherin|vorsitzender|vorsitzende|geschäftsführer|geschäftsführerin|direktor|direktorin|referent|referentin|leiter|leiterin|vorstand|vorstandsmitglied|coördinator|voorzitter|woordvoerder|woordvoerster|directrice|coordenadora|coordenador|koordynator|koordynatorka|koordinatör|dyrektor|dyrektorka|prezes|prezeska|rzecznik|rzeczniczka|başkan|sözcü)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex RoleWord();

    // Titles only a person holds, so that a line starting with one is a role even with a country printed in it.
    [GeneratedRegex(@"^(?:chair|chairperson|chairman|chairwoman|co-chair|president|président|présidente|presidente|presidenta|director|directora|directeur|directrice|coordinator|co-ordinator|coordinateur|coordinatrice|coordonnateur|coordonnatrice|coordinador|coordinadora|founder|co-founder|fondateur|fondatrice|fundador|fundadora|member|membre|miembro|secretary|secrétaire|secretario|secretaria|ceo|spokesperson|porte-parole|vocero|vocera|treasurer|trésorier|trésorière|tesorero|tesorera|convenor|convener|representative|représentant|représentante|representante|portavoce|coordinatore|coordinatrice|koordinator|koordinatorin|sprecher|sprecherin|vorsitzender|vorsitzende)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex PersonTitle();

    [GeneratedRegex(@"^(?:of|the|and|for|de|du|des|la|le|del|y|et|committee|comité|comite|board|general|général|programmes?|programs?|communications?|advocacy|policy|legal|national|regional|country|project|team|staff|relations|affairs|research|campaigns?|operations|finance|media|press|public|external|membership|development|emeritus|interim|acting|honorary|&)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex TitleWord();

    // "Director at X", "Présidente de la Fédération …", "Secrétaire général de l'Organisation …", "Director de …".
    [GeneratedRegex(@"^(?<title>.+?)\s+(?:at|of|for|with|de\s+la|de\s+los|de\s+las|du|des|de|del|d['’]|de\s+l['’])\s*(?<organization>\p{Lu}.+)$", RegexOptions.CultureInvariant)]
    private static partial Regex AtOrganization();

    // "Présidente du comité de pilotage", "Chair of the steering committee", "Coordinadora del comité organizador".
    [GeneratedRegex(@"^\S+(?:\s+\S+)?\s+(?:of(?:\s+the)?|du|des|de|del|de\s+la|de\s+l['’]|d['’]|della|do|da|van(?:\s+de|\s+het)?|der|des)\s*[^\p{Lu}\d,()]{3,60}$", RegexOptions.CultureInvariant)]
    private static partial Regex InUnnamedBody();

    [GeneratedRegex(@"\s*(?:,|\s[-–—]\s)\s*", RegexOptions.CultureInvariant)]
    private static partial Regex NameSeparator();

    [GeneratedRegex(@"^(?<name>[^()]+?)\s*\((?<rest>[^()]+)\)$", RegexOptions.CultureInvariant)]
    private static partial Regex BracketedAffiliation();

    [GeneratedRegex(@"\b(?:programmes?|programs?|departments?|desk|unit|division|office|département|programa|departamento|unidad|abteilung|dipartimento|ufficio)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Department();

    [GeneratedRegex(@"\s[–—-]\s", RegexOptions.CultureInvariant)]
    private static partial Regex SpacedDash();

    [GeneratedRegex(@"^(?<place>[^–—:(),]{2,40}?)\s+[–—-]\s+(?<name>\S.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex PlaceFirst();

    [GeneratedRegex(@"^(?:and|also|et|y|e|und)\s*,?\s*", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex LeadingAnd();

    [GeneratedRegex(@"\[(?:image|logo|img|imagen|imagem|immagine|bild|obraz|resim)\s*:\s*(?<name>[^\[\]]+)\]", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex AltText();

    [GeneratedRegex(@"^(?:,\s*)?(?:on\s+behalf\s+of\s+(?:its|their)\s+members|em\s+nome\s+d[oa]s\s+(?:seus|suas)\s+membros|en\s+nombre\s+de\s+sus\s+miembros|au\s+nom\s+de\s+ses\s+membres|a\s+nome\s+dei\s+suoi\s+membri|im\s+namen\s+(?:seiner|ihrer)\s+mitglieder)(?:\s*\((?:all|todos|todas|tous|toutes|tutti|alle)\s+(?:(?:de|from|in|en|du|da|do|em|aus)\s+)?(?<place>[^()]+)\))?\s*[:,]?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex OnBehalfOfMembers();
}
