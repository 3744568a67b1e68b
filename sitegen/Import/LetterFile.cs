using System.Text;

namespace Archive.SiteGen.Import;

/// <summary>Writes an imported letter in the content format: YAML front matter, then the body as Markdown.</summary>
internal static class LetterFile
{
    public static string Render(ImportedLetter letter, ImportedOrganizations organizations)
    {
        var draft = letter.Draft;
        var text = new StringBuilder("---\n");
        Field(text, "title", draft.Title);
        text.Append("date: ").Append(letter.Date.ToString()).Append('\n');
        if (letter.DateIsEstimate)
        {
            text.Append("undated: true\n");
            Field(text, "date_note", letter.DateNote!);
        }

        List(text, "recipients", draft.Recipients);
        List(text, "cc", draft.Cc);
        if (letter.PublisherId is not null)
        {
            Field(text, "publisher", letter.PublisherId);
        }

        Field(text, "language", draft.Language);
        text.Append("source:\n");
        text.Append("  file: sources/").Append(letter.Id).Append(".txt\n");
        Field(text, "  note", $"Imported from {Path.GetFileName(letter.File)}.");
        if (letter.Signatories.Count == 0)
        {
            text.Append("signatories: []\n");
        }
        else
        {
            text.Append("signatories:\n");
            foreach (var signatory in letter.Signatories)
            {
                Field(text, "  - name", signatory.Printed.Name);
                Field(text, "    organization", signatory.OrganizationId);
                Flow(text, "    countries", [.. signatory.Printed.Places.Countries.Select(c => c.Value)]);
                Flow(text, "    regions", signatory.Printed.Places.Regions);
            }
        }

        if (letter.People.Count > 0)
        {
            text.Append("people:\n");
            foreach (var person in letter.People)
            {
                Field(text, "  - name", person.Printed.Name);
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
                                Field(text, prefix + key, value);
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

    private static void Field(StringBuilder text, string key, string value) =>
        text.Append(key).Append(": ").Append(YamlText.Scalar(value)).Append('\n');

    private static void List(StringBuilder text, string key, IReadOnlyList<string> items)
    {
        if (items.Count == 0)
        {
            return;
        }

        text.Append(key).Append(":\n");
        foreach (var item in items)
        {
            text.Append("  - ").Append(YamlText.Scalar(item)).Append('\n');
        }
    }

    private static void Flow(StringBuilder text, string key, IReadOnlyList<string> items)
    {
        if (items.Count > 0)
        {
            text.Append(key).Append(": [").AppendJoin(", ", items.Select(YamlText.FlowScalar)).Append("]\n");
        }
    }
}
