using System.Text;
using Archive.Core.Content.Yaml;

namespace Archive.SiteGen.Import;

/// <summary>Writes an imported letter in the content format: YAML front matter, then the body as Markdown.</summary>
internal static class LetterFile
{
    public static string Render(ImportedLetter letter, ImportedOrganizations organizations)
    {
        var draft = letter.Draft;
        var text = new StringBuilder("---\n");
        text.AppendField("title", draft.Title);
        text.Append("date: ").Append(letter.Date.ToString()).Append('\n');
        if (letter.DateIsEstimate)
        {
            text.Append("undated: true\n");
            text.AppendField("date_note", letter.DateNote!);
        }

        text.AppendList("recipients", draft.Recipients);
        text.AppendList("cc", draft.Cc);
        if (letter.PublisherId is not null)
        {
            text.AppendField("publisher", letter.PublisherId);
        }

        text.AppendField("language", draft.Language);
        text.Append("source:\n");
        text.Append("  file: sources/").Append(letter.Id).Append(".txt\n");
        text.AppendField("  note", $"Imported from {Path.GetFileName(letter.File)}.");
        if (letter.Signatories.Count == 0)
        {
            text.Append("signatories: []\n");
        }
        else
        {
            text.Append("signatories:\n");
            foreach (var signatory in letter.Signatories)
            {
                text.AppendField("  - name", signatory.Printed.Name);
                text.AppendField("    organization", signatory.OrganizationId);
                text.AppendFlowList("    countries", [.. signatory.Printed.Places.Countries.Select(c => c.Value)]);
                text.AppendFlowList("    regions", signatory.Printed.Places.Regions);
            }
        }

        if (letter.People.Count > 0)
        {
            text.Append("people:\n");
            foreach (var person in letter.People)
            {
                text.AppendField("  - name", person.Printed.Name);
                if (person.Printed.Roles.Count > 0)
                {
                    text.Append("    roles:\n");
                    for (var i = 0; i < person.Printed.Roles.Count; i++)
                    {
                        var role = person.Printed.Roles[i];
                        var prefix = "      - ";
                        foreach (var (key, value) in new[] { ("title", role.Title), ("affiliation", role.Affiliation), ("organization", person.AffiliationIds[i]) })
                        {
                            if (value is not null)
                            {
                                text.AppendField(prefix + key, value);
                                prefix = "        ";
                            }
                        }
                    }
                }
            }
        }

        text.Append("---\n\n").Append(draft.Body);
        return text.ToString();
    }
}
