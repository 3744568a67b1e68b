using System.Text;
using Archive.Core.Content.Yaml;

namespace Archive.SiteGen.Corpus;

/// <summary>How big a synthetic archive to make, and from which seed.</summary>
internal sealed record CorpusSettings(int Letters, int Organizations, int Countries, int Seed);

internal sealed record SyntheticSignatory(string Name, string OrganizationId, List<string> Countries);

internal sealed record SyntheticPerson(string Name, string Title, string Affiliation, string OrganizationId);

internal sealed record SyntheticLetter(
    string Id, string Title, string Date, bool Undated, string Recipient, List<SyntheticSignatory> Signatories, List<SyntheticPerson> People, string Body)
{
    public string ToMarkdown()
    {
        var text = new StringBuilder("---\n");
        text.AppendField("title", Title);
        text.Append("date: ").Append(Date).Append('\n');
        if (Undated)
        {
            text.Append("undated: true\n");
            text.AppendField("date_note", "Generated: the letter prints no date.");
        }

        text.AppendList("recipients", [Recipient]);
        text.AppendField("source", $"https://archive.example.org/originals/{Id}");
        text.Append("signatories:\n");
        foreach (var signatory in Signatories)
        {
            text.AppendField("  - name", signatory.Name);
            text.AppendField("    organization", signatory.OrganizationId);
            text.AppendFlowList("    countries", signatory.Countries);
        }

        if (People.Count > 0)
        {
            text.Append("people:\n");
            foreach (var person in People)
            {
                text.AppendField("  - name", person.Name);
                text.Append("    roles:\n");
                text.AppendField("      - title", person.Title);
                text.AppendField("        affiliation", person.Affiliation);
                text.AppendField("        organization", person.OrganizationId);
            }
        }

        return text.Append("---\n\n").Append(Body).ToString();
    }
}
