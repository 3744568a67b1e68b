using System.Text;
using System.Text.RegularExpressions;
using Archive.Core.Content.Yaml;
using Archive.Core.Countries;
using Archive.Core.Organizations;

namespace Archive.SiteGen.Import;

/// <summary>
/// Writes organization files: a new one in the content format, and minimal edits to an existing one — a name
/// appended to <c>aliases</c>, a country appended to <c>countries</c> — leaving every other line as it is.
/// </summary>
internal static partial class OrganizationFile
{
    public static string New(Organization organization)
    {
        var text = new StringBuilder();
        text.AppendField("name", organization.Name);
        if (organization.Acronym is not null)
        {
            text.AppendField("acronym", organization.Acronym);
        }

        text.AppendList("aliases", organization.Aliases);
        if (organization.Countries.Count > 0)
        {
            text.Append("countries: [").AppendJoin(", ", organization.Countries.Select(c => c.Value)).Append("]\n");
        }

        return text.ToString();
    }

    /// <summary>The file's text with the aliases and countries appended to their lists (created at the end when missing).</summary>
    public static string WithAdditions(string text, IReadOnlyList<string> aliases, IReadOnlyList<CountryCode> countries)
    {
        var lines = text.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n').ToList();
        if (aliases.Count > 0)
        {
            AppendToList(lines, "aliases", [.. aliases.Select(YamlText.Scalar)], [.. aliases.Select(YamlText.FlowScalar)]);
        }

        if (countries.Count > 0)
        {
            var codes = countries.Select(c => c.Value).ToList();
            AppendToList(lines, "countries", codes, codes);
        }

        return string.Join('\n', lines) + "\n";
    }

    private static void AppendToList(List<string> lines, string key, List<string> blockItems, List<string> flowItems)
    {
        var index = lines.FindIndex(l => l.StartsWith(key + ":", StringComparison.Ordinal));
        if (index < 0)
        {
            if (key == "countries")
            {
                lines.Add($"{key}: [{string.Join(", ", flowItems)}]");
            }
            else
            {
                // Aliases go under the name and acronym, where editors look for them.
                var after = lines.FindLastIndex(l => l.StartsWith("name:", StringComparison.Ordinal) || l.StartsWith("acronym:", StringComparison.Ordinal));
                lines.InsertRange(after + 1, [$"{key}:", .. blockItems.Select(item => "  - " + item)]);
            }

            return;
        }

        var value = lines[index][(key.Length + 1)..];
        if (FlowList().Match(value) is { Success: true } flow)
        {
            var existing = flow.Groups["items"].Value.Trim();
            var joined = existing.Length == 0 ? string.Join(", ", flowItems) : existing + ", " + string.Join(", ", flowItems);
            lines[index] = $"{key}: [{joined}]{flow.Groups["rest"].Value}";
            return;
        }

        // A block list: append after its last item, with the items' own indentation.
        var last = index;
        var indent = "  ";
        for (var i = index + 1; i < lines.Count && (lines[i].Length == 0 || lines[i].StartsWith(' ') || lines[i].StartsWith('-')); i++)
        {
            if (BlockItem().Match(lines[i]) is { Success: true } item)
            {
                indent = item.Groups["indent"].Value;
                last = i;
            }
            else if (lines[i].Length > 0)
            {
                last = i;
            }
        }

        lines.InsertRange(last + 1, blockItems.Select(item => indent + "- " + item));
    }

    [GeneratedRegex(@"^\s*\[(?<items>[^\]]*)\](?<rest>\s*(?:#.*)?)$", RegexOptions.CultureInvariant)]
    private static partial Regex FlowList();

    [GeneratedRegex(@"^(?<indent>\s*)-\s", RegexOptions.CultureInvariant)]
    private static partial Regex BlockItem();
}
