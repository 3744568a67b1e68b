using System.Text.RegularExpressions;

namespace Archive.SiteGen.Import;

/// <summary>
/// A network that signs with its members listed under it, in a sub-list of its own item ("2. Concord Sverige
/// (Sverige), på uppdrag av följande medlemsorganisationer:" then "2.1 Svenska kyrkan", "2.2 Diakonia"; "Lake Region
/// Network (Kenya), with its members:" then "   – Kisumu Peace Forum"): the network signs, and so does each member,
/// in the network's places unless it prints its own. The sub-list ends where a line is no longer one of its items.
/// </summary>
internal static partial class SubListOfMembers
{
    /// <summary>The network whose sub-list is being read, and the group of places its line interrupted.</summary>
    internal sealed record Network(int Indent, string? Number, bool Marked, GroupHeading? GroupAbove, bool ByHeadingsAbove);

    /// <summary>Closes the sub-list when <paramref name="blockLine"/> is not one of its items: the places above it apply again.</summary>
    public static void CloseIfOver(BlockReading reading, BlockLine blockLine)
    {
        if (reading.SubList is { } network && !IsItemOf(network, blockLine.Raw))
        {
            (reading.Group, reading.ByHeadings, reading.SubList) = (network.GroupAbove, network.ByHeadingsAbove, null);
        }
    }

    /// <summary>
    /// A network's line that ends by introducing its members, or a line of its own under the network's that introduces
    /// them, when its members follow as a sub-list.
    /// </summary>
    public static bool TryRead(BlockReading reading, BlockLine blockLine)
    {
        var (raw, text, line, _, cleaned) = blockLine;
        if (reading.Mode == ListMode.People)
        {
            return false;
        }

        if (NetworkLine().Match(cleaned) is not { Success: true } introduced)
        {
            return TryReadIntroductionUnderNetwork(reading, blockLine);
        }

        var network = new Network(Indent(raw), ItemNumber().Match(raw) is { Success: true } number ? number.Groups["number"].Value : null,
            SignatoryLine.StartsWithListMarker(raw), reading.Group, reading.ByHeadings);
        if (!FirstItemFollows(reading, network))
        {
            return false;
        }

        var signatory = GroupPlaces.UnderHeading(SignatoryLine.One(introduced.Groups["network"].Value, line), reading.Group);
        reading.Contents.Signatories.Add(signatory);
        (reading.Current, reading.AwaitingAffiliation, reading.LastRow) = (null, false, null);
        (reading.Group, reading.ByHeadings, reading.SubList) = (new GroupHeading(signatory.Places), true, network);
        reading.Contents.Skipped.Add(new SkippedLine(line, text, $"'{introduced.Groups["phrase"].Value}': '{signatory.Name}' signs, and its members listed under it sign in its places"));
        return true;
    }

    // "1. Sahel Peace Coalition — Regional" then, indented under it, "Members signing in their own name:" or "National
    // platforms signing:", then the members indented deeper: the line above is the network, which signed as an entry,
    // and what the introduction says of the items below is that they are its members. Any words may introduce them;
    // the layout says so (indented under the entry just read, ending with a colon, an item of it following).
    private static bool TryReadIntroductionUnderNetwork(BlockReading reading, BlockLine blockLine)
    {
        var (raw, text, line, _, _) = blockLine;
        if (!WrappedLines.IsLabelOfItemsBelow(text) || reading.SubList is not null || reading.Contents.Signatories is not [.., var signed]
            || reading.Lines.Take(reading.Index).LastOrDefault(l => l.Text.Trim().Length > 0) is not { Text: { } above, Line: var aboveLine }
            || aboveLine != signed.Line || Indent(raw) <= Indent(above))
        {
            return false;
        }

        var network = new Network(Indent(above), ItemNumber().Match(above) is { Success: true } number ? number.Groups["number"].Value : null,
            SignatoryLine.StartsWithListMarker(above), reading.Group, reading.ByHeadings);
        if (!FirstItemFollows(reading, network))
        {
            return false;
        }

        (reading.Current, reading.AwaitingAffiliation, reading.LastRow) = (null, false, null);
        (reading.Group, reading.ByHeadings, reading.SubList) = (new GroupHeading(signed.Places), true, network);
        reading.Contents.Skipped.Add(new SkippedLine(line, text, $"introduces the members of '{signed.Name}' listed under it: they sign, in its places unless they print their own"));
        return true;
    }

    private static bool FirstItemFollows(BlockReading reading, Network network) =>
        reading.NextPrintedLine() is { } next && IsItemOf(network, next);

    // An item of the network's sub-list is indented under it, numbered under its number ("2.1" under "2."), or marked
    // as an item where the network's own line has no marker.
    private static bool IsItemOf(Network network, string raw) =>
        Indent(raw) > network.Indent
        || (network.Number is { } number && SubItemNumber().Match(raw) is { Success: true } sub && sub.Groups["number"].Value == number)
        || (!network.Marked && SignatoryLine.StartsWithListMarker(raw));

    private static int Indent(string raw) => raw.Length - raw.TrimStart().Length;

    // "2. Concord Sverige": the number of a numbered item.
    [GeneratedRegex(@"^\s*\(?(?<number>\d{1,3})[.)]\s", RegexOptions.CultureInvariant)]
    private static partial Regex ItemNumber();

    // "2.1 Svenska kyrkan": an item numbered under another.
    [GeneratedRegex(@"^\s*(?<number>\d{1,3})\.\d{1,3}", RegexOptions.CultureInvariant)]
    private static partial Regex SubItemNumber();

    // "…, on behalf of its members:", "…, with the following member organisations:", "…, med:", "…, på uppdrag av
    // följande medlemsorganisationer:", "…, au nom de ses membres :", "…, con sus organizaciones miembro:", "…, em nome
    // dos seus membros:", "…, im Namen seiner Mitgliedsorganisationen:", "…, namens haar leden:": the network's line
    // ends by saying that its members follow. A bare "with:" must follow a comma or a dash.
    [GeneratedRegex(@"^(?<network>\S.*?\S)(?:\s*(?:,|\s[–—-])\s*(?<phrase>" + Introduction + "|" + BareWith + @")|\s+(?<phrase>" + Introduction + @"))\s*:$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex NetworkLine();

    private const string MemberWords = @"(?:member\s+(?:organi[sz]ations|groups)|members|(?:organisations\s+)?membres|(?:organizaciones\s+)?miembros?|organizaciones\s+miembro|(?:organizações\s+)?membros|organizações\s+membro|mitglieder(?:n)?|mitgliedsorganisationen|leden|lidorganisaties|medlemsorganisationer(?:na|ne)?|medlemsorganisasjon(?:er|ene)|medlemm(?:ar|arna)|medlem(?:mer|merne|mene))";

    private const string Whose = @"(?:its|their|the\s+following|following|ses|leurs|des|sus|las\s+siguientes|seus|suas|d[oa]s(?:\s+seus|\s+suas)?|seiner|ihrer|seinen|ihren|der\s+folgenden|den\s+folgenden|haar|zijn|de\s+volgende|följande|sina|dess|følgende|sine|dets|deres)";

    private const string Introduction = @"(?:(?:on\s+behalf\s+of|representing|(?:together\s+)?with|and|au\s+nom\s+d(?:e|es)|avec|et|en\s+(?:nombre|representación)\s+de|(?:junto\s+)?con|y|em\s+nome|(?:junto\s+)?com|e|im\s+(?:namen|auftrag)|(?:gemeinsam\s+)?mit|und|namens|met|på\s+uppdrag\s+av|på\s+vegne\s+a[fv]|(?:tillsammans\s+|sammen\s+)?med|och|og)\s+(?:" + Whose + @"\s+)?" + MemberWords + ")";

    private const string BareWith = @"(?:(?:together\s+)?with|including|avec|(?:junto\s+)?con|(?:junto\s+)?com|(?:gemeinsam\s+)?mit|met|(?:tillsammans\s+|sammen\s+)?med)";
}
