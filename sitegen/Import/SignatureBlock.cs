using System.Text.RegularExpressions;
using Archive.Core.Letters;

namespace Archive.SiteGen.Import;

/// <summary>
/// Reads the part of a letter after its closing ("Sincerely,") or its list heading ("Signatories:"): the people
/// who signed with their roles (a name followed by "Title, Organization" lines, or "Name, Title, Organization" on
/// one line), the organizations, and the lines that are neither (e-mail, phone, address, the name written again
/// as a signature). It stops at a trailer: "###", "For more information", "Contact:", footnotes.
/// </summary>
/// <remarks>
/// The block is first laid out one entry a line (<see cref="BlockLayout"/>), then read line by line: each line goes
/// to the first step below that takes it, in this order, since a line may look like more than one thing.
/// </remarks>
internal static partial class SignatureBlock
{
    /// <summary>What the block holds.</summary>
    internal sealed record Contents(List<PrintedSignatory> Signatories, List<PrintedPerson> People, List<SkippedLine> Skipped, (LetterDate Date, int Line, string? Note)? Date);

    public static Contents Read(IReadOnlyList<(string Text, int Line)> printed)
    {
        var lines = BlockLayout.OneEntryALine(printed);
        var reading = new BlockReading(lines, OrganizationEntries.DashesSeparate(lines), OrganizationEntries.CitiesAfterComma(lines));
        for (; reading.Index < lines.Count; reading.Index++)
        {
            var (raw, number) = lines[reading.Index];
            var text = raw.Trim();
            var startsParagraph = reading.ParagraphStart;
            reading.ParagraphStart = text.Length == 0;
            if (text.Length == 0)
            {
                continue;
            }

            var line = new BlockLine(raw, text, number, startsParagraph, SignatoryLine.Clean(text));
            if (BlockBoundary.IsTrailer(text) || IsFooterRun(text, Neighbour(lines, reading.Index, 1))
                || (reading.Contents.Signatories.Count > 0 && (BlockBoundary.IsNumberedNote(text) || BlockBoundary.IsAboutTheSender(text, Neighbour(lines, reading.Index, 1))))
                || (reading.Contents.Signatories.Count + reading.Contents.People.Count > 0 && (BlockBoundary.IsOtherLanguageVersion(text) || IsNextSection(lines, reading.Index))))
            {
                if (ListHeading.SkipsCopyBlock(reading, line))
                {
                    continue;
                }

                reading.Contents.Skipped.Add(new SkippedLine(number, text, "the signatory block ends here (a trailer, not a signatory)"));
                break;
            }

            SubListOfMembers.CloseIfOver(reading, line);
            if (WrittenStatement.TryRead(reading, line)
                || SignersInAParagraph.TryRead(reading, line)
                || NotAnEntry.SkipsLayoutOrClosing(reading, line)
                || ListHeading.TryRead(reading, line)
                || SubListOfMembers.TryRead(reading, line)
                || NotAnEntry.SkipsMarks(reading, line)
                || TableRows.TryHeader(reading, line)
                || NotAnEntry.SkipsWhatIsSaidAboutTheList(reading, line)
                || GroupPlaces.TryRead(reading, line)
                || Signers.TryReadTitleOrListedPerson(reading, line)
                || TableRows.TryRead(reading, line)
                || Signers.TryRead(reading, line))
            {
                continue;
            }

            OrganizationEntries.Read(reading, line);
        }

        GroupPlaces.WithMergedCountryCells(reading.Contents.Signatories, reading.TabbedRows);
        GroupPlaces.WithTownsAfterDashesAsTheListPrintsThem(reading.Contents.Signatories);
        return OrganizationsOfHeads.With(reading.Contents, reading.Signers, reading.ListedSigners, reading.SignerPlaces);
    }

    // "Help" over "Status" over "About": a footer's lone words one under another, or the last of them, end the list;
    // one such word among names ("HELP" over "Human Rights Watch") is an organization's name.
    private static bool IsFooterRun(string text, string? next) =>
        WebPageFurniture.IsLoneSiteWord(text) && (next is null || BlockBoundary.IsTrailer(next) || WebPageFurniture.IsLoneSiteWord(next));

    // "2. SPRING MEETINGS 2025: WHAT WE HEARD" between two rules, as a newsletter opens its next item: a numbered
    // section of the page, not a heading of the list (a country framed so is one, and names no section number).
    private static bool IsNextSection(List<(string Text, int Line)> lines, int index) =>
        SectionNumber().IsMatch(lines[index].Text.Trim()) && PlaceHeading.TryRead(SignatoryLine.Clean(lines[index].Text)) is null
        && Neighbour(lines, index, -1) is { } above && NotAnEntry.IsRule(above) && Neighbour(lines, index, 1) is { } below && NotAnEntry.IsRule(below);

    // The nearest line that is not empty above (-1) or below (+1), if any.
    private static string? Neighbour(List<(string Text, int Line)> lines, int index, int step)
    {
        for (var i = index + step; i >= 0 && i < lines.Count; i += step)
        {
            if (lines[i].Text.Trim().Length > 0)
            {
                return lines[i].Text;
            }
        }

        return null;
    }

    [GeneratedRegex(@"^\d{1,2}[.)]\s+\S", RegexOptions.CultureInvariant)]
    private static partial Regex SectionNumber();
}
