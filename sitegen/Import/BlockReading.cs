namespace Archive.SiteGen.Import;

/// <summary>
/// Where the reading of a signatory block stands, line by line: what has been read so far, and what the lines above
/// leave open for the lines below (the kind of list under the last heading, the signer whose titles follow, the
/// places of the group, the columns of the table).
/// </summary>
internal sealed class BlockReading(List<(string Text, int Line)> lines, bool dashesSeparate, bool citiesAfterComma)
{
    /// <summary>The block's lines, one entry a line (<see cref="BlockLayout.OneEntryALine"/>).</summary>
    public List<(string Text, int Line)> Lines { get; } = lines;

    /// <summary>Whether the list's "Name – Place" reads with the dash separating the place (<see cref="OrganizationEntries.DashesSeparate"/>).</summary>
    public bool DashesSeparate { get; } = dashesSeparate;

    /// <summary>Whether the list prints a city after a comma on most lines (<see cref="OrganizationEntries.CitiesAfterComma"/>).</summary>
    public bool CitiesAfterComma { get; } = citiesAfterComma;

    /// <summary>Whether the list prints an ISO alpha-3 code after a dash on most lines (<see cref="OrganizationEntries.CodesAfterDashes"/>).</summary>
    public bool CodesAfterDashes { get; } = OrganizationEntries.CodesAfterDashes(lines);

    /// <summary>Whether the list prints a city and a country after its dashes (<see cref="OrganizationEntries.CitiesAfterDashes"/>).</summary>
    public bool CitiesAfterDashes { get; } = OrganizationEntries.CitiesAfterDashes(lines);

    public SignatureBlock.Contents Contents { get; set; } = new([], [], [], null);

    /// <summary>The line being read; a step that reads the lines after it too moves it on.</summary>
    public int Index { get; set; }

    public ListMode Mode { get; set; } = ListMode.Any;

    /// <summary>The signer whose titles and organizations the next lines may print.</summary>
    public PrintedPerson? Current { get; set; }

    public bool AwaitingAffiliation { get; set; }

    /// <summary>The signer's organization already printed under their title, in the same paragraph.</summary>
    public bool ExtraAffiliation { get; set; }

    /// <summary>
    /// A country heading ("KENYA") gives its places to the organizations under it; a header row ("Organization
    /// Country") says what each column holds; both last until the next heading.
    /// </summary>
    public GroupHeading? Group { get; set; }

    public bool ByHeadings { get; set; }

    /// <summary>
    /// The places of an inline heading whose entries run on to the next line ("Malaysia: A; B;" then "C; D"), and the
    /// line they run on from (<see cref="OrganizationEntries.Read"/>).
    /// </summary>
    public (PrintedPlaces Places, int Line)? RunOn { get; set; }

    public ColumnRow.Header? Columns { get; set; }

    /// <summary>The network whose members are listed under it, while its sub-list is read (<see cref="SubListOfMembers"/>).</summary>
    public SubListOfMembers.Network? SubList { get; set; }

    public bool ParagraphStart { get; set; } = true;

    /// <summary>The last row read from a table, and its line.</summary>
    public (int Line, PrintedSignatory Row)? LastRow { get; set; }

    /// <summary>The start of a country cell that wraps onto the next line ("République" then "centrafricaine").</summary>
    public string PendingCountry { get; set; } = "";

    /// <summary>The rows of a table laid out with tabs, with what each prints in its country cell.</summary>
    public List<(int Index, PrintedPlaces Cell)> TabbedRows { get; } = [];

    /// <summary>The lines of people who signed outside a list of individuals: heads of organizations, perhaps.</summary>
    public HashSet<int> Signers { get; } = [];

    /// <summary>Those of <see cref="Signers"/> printed as an item of a numbered or bulleted list, among its organizations.</summary>
    public HashSet<int> ListedSigners { get; } = [];

    /// <summary>The places a signature line prints after the signer's organization ("Jane Doe, Director, Aegis Trust, UK").</summary>
    public Dictionary<int, PrintedPlaces> SignerPlaces { get; } = [];

    /// <summary>Where the group that a line such as "— all of Syria" closes begins.</summary>
    public int GroupStart { get; set; }

    /// <summary>The first printed line below the one being read, as printed, or null at the block's end.</summary>
    public string? NextPrintedLine() => Lines.Skip(Index + 1).Select(l => l.Text).FirstOrDefault(text => text.Trim().Length > 0);

    /// <summary>
    /// The last line of the paragraph the line being read starts or is in: the one before the next blank line, or
    /// the block's last.
    /// </summary>
    public int ParagraphEnd()
    {
        var end = Index;
        while (end + 1 < Lines.Count && Lines[end + 1].Text.Trim().Length > 0)
        {
            end++;
        }

        return end;
    }

    /// <summary>
    /// Skips the line being read and those after it up to <paramref name="end"/> (not included), each printed one
    /// reported with <paramref name="reason"/>: the reading goes on at <paramref name="end"/>.
    /// </summary>
    public void SkipUpTo(int end, string reason)
    {
        for (; Index < end; Index++)
        {
            if (Lines[Index].Text.Trim() is { Length: > 0 } printed)
            {
                Contents.Skipped.Add(new SkippedLine(Lines[Index].Line, printed, reason));
            }
        }

        // The reading's own step moves on to the next line.
        Index--;
    }
}
