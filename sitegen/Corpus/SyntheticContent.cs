using System.Text;
using Archive.Core.Countries;

namespace Archive.SiteGen.Corpus;

/// <summary>How big a synthetic archive to make, and from which seed.</summary>
internal sealed record CorpusSettings(int Letters, int Organizations, int Countries, int Seed);

internal sealed record SyntheticOrganization(string Id, string Name, string? Acronym, List<string> Aliases, List<Country> Countries)
{
    public string ToYaml()
    {
        var yaml = new StringBuilder();
        yaml.Append("name: ").Append(GenerateCorpus.Quote(Name)).Append('\n');
        if (Acronym is not null)
        {
            yaml.Append("acronym: ").Append(GenerateCorpus.Quote(Acronym)).Append('\n');
        }

        if (Aliases.Count > 0)
        {
            yaml.Append("aliases:\n");
            foreach (var alias in Aliases)
            {
                yaml.Append("  - ").Append(GenerateCorpus.Quote(alias)).Append('\n');
            }
        }

        yaml.Append("countries: [").AppendJoin(", ", Countries.Select(c => c.Code.Value)).Append("]\n");
        return yaml.ToString();
    }
}

internal sealed record SyntheticSignatory(string Name, string OrganizationId, List<string> Countries);

internal sealed record SyntheticPerson(string Name, string Title, string Affiliation, string OrganizationId);

internal sealed record SyntheticLetter(
    string Id, string Title, string Date, bool Undated, string Recipient, List<SyntheticSignatory> Signatories, List<SyntheticPerson> People, string Body)
{
    public string ToMarkdown()
    {
        var text = new StringBuilder("---\n");
        text.Append("title: ").Append(GenerateCorpus.Quote(Title)).Append('\n');
        text.Append("date: ").Append(Date).Append('\n');
        if (Undated)
        {
            text.Append("undated: true\ndate_note: \"Generated: the letter prints no date.\"\n");
        }

        text.Append("recipients:\n  - ").Append(GenerateCorpus.Quote(Recipient)).Append('\n');
        text.Append("source: https://archive.example.org/originals/").Append(Id).Append('\n');
        text.Append("signatories:\n");
        foreach (var signatory in Signatories)
        {
            text.Append("  - name: ").Append(GenerateCorpus.Quote(signatory.Name)).Append('\n');
            text.Append("    organization: ").Append(signatory.OrganizationId).Append('\n');
            if (signatory.Countries.Count > 0)
            {
                text.Append("    countries: [").AppendJoin(", ", signatory.Countries).Append("]\n");
            }
        }

        if (People.Count > 0)
        {
            text.Append("people:\n");
            foreach (var person in People)
            {
                text.Append("  - name: ").Append(GenerateCorpus.Quote(person.Name)).Append('\n');
                text.Append("    roles:\n      - title: ").Append(GenerateCorpus.Quote(person.Title)).Append('\n');
                text.Append("        affiliation: ").Append(GenerateCorpus.Quote(person.Affiliation)).Append('\n');
                text.Append("        organization: ").Append(person.OrganizationId).Append('\n');
            }
        }

        return text.Append("---\n\n").Append(Body).ToString();
    }
}
