using System.Text;
using Archive.Core.Content;
using Archive.Core.Countries;
using Archive.Core.Organizations;
using Archive.Core.Text;
using Archive.SiteGen.Import;

namespace Archive.SiteGen.Corpus;

/// <summary>
/// Makes a synthetic archive in our real content format, for measuring the tools at scale: the same seed gives
/// the same files. Organizations have acronyms and aliases like real ones; signatories per letter are spread like
/// real letters (median about 25, a few over 100); a few organizations sign most letters, most sign few. Ids are
/// made and files written as the importer makes and writes them (<see cref="Slug"/>, <see cref="OrganizationFile"/>,
/// <see cref="Archive.Core.Content.Yaml.YamlText"/>).
/// </summary>
internal sealed class GenerateCorpus
{
    private const int FirstYear = 1995;
    private const int LastYear = 2025;

    private readonly Random _random;
    private readonly CorpusSettings _settings;
    private readonly HashSet<string> _takenNames = new(StringComparer.Ordinal);

    private GenerateCorpus(CorpusSettings settings)
    {
        _settings = settings;
        _random = new Random(settings.Seed);
    }

    /// <summary>Every file of the corpus, as (path relative to the content folder, text), in a fixed order.</summary>
    public static IReadOnlyList<(string Path, string Text)> Files(CorpusSettings settings) => new GenerateCorpus(settings).Generate();

    private List<(string Path, string Text)> Generate()
    {
        var countries = PickCountries();
        var organizations = Enumerable.Range(0, _settings.Organizations).Select(_ => NewOrganization(countries)).ToList();
        var popularity = CumulativePopularity(organizations.Count);
        var letters = Enumerable.Range(0, _settings.Letters).Select(i => NewLetter(i, organizations, popularity)).ToList();
        EnsureEveryOrganizationSigns(letters, organizations);

        var files = new List<(string, string)>
        {
            ("site.yml", "title: Synthetic Archive\ndescription: A generated archive for measuring the tools at scale.\nbase_url: https://archive.example.org/\n"),
        };
        files.AddRange(organizations.Select(o => ($"organizations/{o.Id}.yml", OrganizationFile.New(o))));
        files.AddRange(letters.Select(l => ($"letters/{l.Id}.md", l.ToMarkdown())));
        return files;
    }

    private List<Country> PickCountries() =>
        [.. CountryTable.All.OrderBy(_ => _random.Next()).Take(_settings.Countries).OrderBy(c => c.Code.Value, StringComparer.Ordinal)];

    private Organization NewOrganization(List<Country> countries)
    {
        var home = countries[_random.Next(countries.Count)];
        string name;
        do
        {
            name = NewOrganizationName(home);
        }
        while (!Claim(name));

        var id = UniqueId(Slug.From(name, Slug.OrganizationIdLength));
        var acronym = _random.NextDouble() < 0.4 ? Acronym(name) : null;
        if (acronym is not null && !Claim(acronym))
        {
            acronym = null;
        }

        var aliases = new List<string>();
        if (_random.NextDouble() < 0.3)
        {
            foreach (var alias in AliasesOf(name, acronym, home))
            {
                if (aliases.Count < 2 && Claim(alias))
                {
                    aliases.Add(alias);
                }
            }
        }

        var organizationCountries = new List<CountryCode> { home.Code };
        if (_random.NextDouble() < 0.1)
        {
            var second = countries[_random.Next(countries.Count)];
            if (second.Code != home.Code)
            {
                organizationCountries.Add(second.Code);
            }
        }

        return new Organization
        {
            Id = id,
            Name = name,
            Acronym = acronym,
            Aliases = aliases,
            Countries = organizationCountries,
            Location = new SourceLocation($"organizations/{id}.yml", 1),
        };
    }

    private string NewOrganizationName(Country home) => _random.Next(5) switch
    {
        0 => $"{Pick(CorpusWords.Qualifiers)} {Pick(CorpusWords.OrganizationKinds)} for {Pick(CorpusWords.Causes)}",
        1 => $"{Pick(CorpusWords.OrganizationKinds)} for {Pick(CorpusWords.Causes)} in {Pick(CorpusWords.Places)}",
        2 => $"{home.Name} {Pick(CorpusWords.OrganizationKinds)} for {Pick(CorpusWords.Causes)}",
        3 => $"{Pick(CorpusWords.Causes)} {Pick(CorpusWords.OrganizationKinds)} of {home.Name}",
        _ => $"{Pick(CorpusWords.Qualifiers)} {Pick(CorpusWords.Causes)} {Pick(CorpusWords.OrganizationKinds)} {_random.Next(2, 99)}",
    };

    private static IEnumerable<string> AliasesOf(string name, string? acronym, Country home)
    {
        if (acronym is not null)
        {
            yield return $"{name} ({acronym})";
        }

        if (name.Contains("Centre", StringComparison.Ordinal))
        {
            yield return name.Replace("Centre", "Center", StringComparison.Ordinal);
        }

        yield return "The " + name;
        yield return $"{name} – {home.Name}";
    }

    private SyntheticLetter NewLetter(int index, List<Organization> organizations, double[] popularity)
    {
        var year = _random.Next(FirstYear, LastYear + 1);
        var month = _random.Next(1, 13);
        var day = _random.Next(1, DateTime.DaysInMonth(year, month) + 1);
        var precision = _random.NextDouble();
        var date = precision < 0.03 ? $"{year:D4}" : precision < 0.1 ? $"{year:D4}-{month:D2}" : $"{year:D4}-{month:D2}-{day:D2}";
        var topic = Pick(CorpusWords.TitleTopics);
        var title = $"Open Letter on {topic} ({index + 1})";
        var id = $"{date}-{Slug.From(topic, Slug.LetterTitleLength)}-{index + 1}";

        var signatories = new List<SyntheticSignatory>();
        var chosen = new HashSet<int>();
        var count = SignatoryCount(organizations.Count);
        while (chosen.Count < count)
        {
            var pick = Array.BinarySearch(popularity, _random.NextDouble() * popularity[^1]);
            chosen.Add(Math.Min(pick < 0 ? ~pick : pick, organizations.Count - 1));
        }

        foreach (var organization in chosen.Select(i => organizations[i]))
        {
            signatories.Add(SignatoryOf(organization));
        }

        return new SyntheticLetter(id, title, date, precision < 0.03, Pick(CorpusWords.Recipients), signatories, People(signatories), Body());
    }

    // Log-normal around a median of 25, as in real coalition letters; about 2% have more than 100.
    private int SignatoryCount(int organizationCount)
    {
        var normal = Math.Sqrt(-2 * Math.Log(1 - _random.NextDouble())) * Math.Cos(2 * Math.PI * _random.NextDouble());
        var count = (int)Math.Round(Math.Exp(Math.Log(25) + (0.7 * normal)));
        return Math.Clamp(count, 1, Math.Min(180, organizationCount));
    }

    private SyntheticSignatory SignatoryOf(Organization organization)
    {
        var printed = organization.Name;
        var roll = _random.NextDouble();
        if (roll < 0.15 && organization.Aliases.Count > 0)
        {
            printed = organization.Aliases[_random.Next(organization.Aliases.Count)];
        }
        else if (roll < 0.2 && organization.Acronym is not null)
        {
            printed = organization.Acronym;
        }

        var countries = _random.NextDouble() < 0.85 ? organization.Countries.Select(c => c.Value).ToList() : [];
        return new SyntheticSignatory(printed, organization.Id, countries);
    }

    private List<SyntheticPerson> People(List<SyntheticSignatory> signatories)
    {
        if (_random.NextDouble() > 0.3 || signatories.Count == 0)
        {
            return [];
        }

        string[] first = ["Amina", "Jean", "Maria", "Kofi", "Priya", "Lars", "Chen", "Fatima", "Diego", "Sarah", "Ibrahim", "Anna"];
        string[] last = ["Okello", "Dubois", "Garcia", "Mensah", "Sharma", "Nilsson", "Wei", "Haddad", "Rojas", "Cohen", "Diallo", "Kowalski"];
        string[] titles = ["Executive Director", "Chair", "Coordinator", "President", "Secretary-General", "Programme Officer"];
        return [.. Enumerable.Range(0, _random.Next(1, 4)).Select(_ =>
        {
            var affiliation = signatories[_random.Next(signatories.Count)];
            return new SyntheticPerson($"{Pick(first)} {Pick(last)}", Pick(titles), affiliation.Name, affiliation.OrganizationId);
        })];
    }

    private string Body()
    {
        var words = _random.Next(300, 1201);
        var body = new StringBuilder("Excellency,\n\n");
        var list = _random.NextDouble() < 0.3;
        while (words > 0)
        {
            var length = Math.Min(words, _random.Next(40, 141));
            words -= length;
            if (list && words < 400)
            {
                for (var i = 0; i < 4; i++)
                {
                    body.Append("- ").Append(Sentence(Math.Max(6, length / 4))).Append('\n');
                }

                body.Append('\n');
                list = false;
                continue;
            }

            var remaining = length;
            while (remaining > 0)
            {
                var sentence = Math.Min(remaining, _random.Next(8, 26));
                body.Append(Sentence(sentence)).Append(' ');
                remaining -= sentence;
            }

            body.Length--;
            body.Append("\n\n");
        }

        return body.Append("Sincerely,\n").ToString();
    }

    private string Sentence(int words)
    {
        var sentence = string.Join(' ', Enumerable.Range(0, words).Select(_ => Pick(CorpusWords.Words)));
        return char.ToUpperInvariant(sentence[0]) + sentence[1..] + ".";
    }

    // Organization i is picked with weight 1/(i+1)^0.8: a few sign most letters, most sign a few.
    private static double[] CumulativePopularity(int count)
    {
        var cumulative = new double[count];
        var total = 0.0;
        for (var i = 0; i < count; i++)
        {
            total += 1 / Math.Pow(i + 1, 0.8);
            cumulative[i] = total;
        }

        return cumulative;
    }

    // No organization file without a letter (check would warn): the rarely picked ones join a letter each.
    private void EnsureEveryOrganizationSigns(List<SyntheticLetter> letters, List<Organization> organizations)
    {
        if (letters.Count == 0)
        {
            return;
        }

        var signed = letters.SelectMany(l => l.Signatories).Select(s => s.OrganizationId).ToHashSet(StringComparer.Ordinal);
        var next = 0;
        foreach (var organization in organizations.Where(o => !signed.Contains(o.Id)))
        {
            letters[next++ % letters.Count].Signatories.Add(SignatoryOf(organization));
        }
    }

    private bool Claim(string printedName) => _takenNames.Add(OrganizationNames.Key(printedName));

    private readonly HashSet<string> _takenIds = new(StringComparer.Ordinal);

    private string UniqueId(string slug)
    {
        var id = slug;
        for (var n = 2; !_takenIds.Add(id); n++)
        {
            id = $"{slug}-{n}";
        }

        return id;
    }

    private string Pick(string[] items) => items[_random.Next(items.Length)];

    private static string Acronym(string name) =>
        string.Concat(name.Split(' ').Where(w => w.Length > 0 && char.IsUpper(w[0])).Select(w => w[0]));
}
