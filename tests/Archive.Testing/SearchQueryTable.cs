namespace Archive.Testing;

/// <summary>
/// The search language as a specification (issue 18): each query, and exactly the letters of
/// <see cref="RepositoryPaths.SearchFixtureContent"/> it must find, no more and no fewer. The core tests run it
/// against the index, the API tests through <c>/api/v1/search</c>.
/// </summary>
public static class SearchQueryTable
{
    /// <summary>"responsibility", "responsibilities", "responsible", "Governments", "government", "governs"; signed by HURINET-U.</summary>
    public const string Responsibility = "2010-03-01-responsibility";

    /// <summary>"response", "protection", "governance", "Geneva", "irresponsible": near the words of the others, never them; signed by the Peace Action Forum.</summary>
    public const string Response = "2011-04-02-response";

    /// <summary>French: "Genève", "société", "droits de l'homme", "protéger", "responsabilité"; signed by FORSC.</summary>
    public const string Geneve = "2012-05-03-geneve";

    /// <summary>Spanish: "protección", "niños", "organizaciones", "Organización de los Estados Americanos".</summary>
    public const string Proteccion = "2013-06-04-proteccion";

    /// <summary>"1674", "1,200", "10 December 2014", "2014-12-10", "69th"; signed by the Peace Action Forum.</summary>
    public const string Numbers = "2014-07-05-numbers";

    /// <summary>"U.N.", "U.S.A.", "HURINET-U", "Non-governmental organizations", "responsibility", "protect"; signed by the Peace Action Forum.</summary>
    public const string Acronyms = "2015-08-06-acronyms";

    /// <summary>"resposibility" (a typing error) and "UN" without dots; signed by the Responsible Business Coalition.</summary>
    public const string Typos = "2016-09-07-typos";

    /// <summary>Every row: what kind of query it is, the query as typed, and the letters it finds.</summary>
    public static IReadOnlyList<Row> Rows { get; } =
    [
        // Words: every word must match; English endings are folded by the Porter stemmer, which also joins some
        // words a reader would keep apart ("response" and "responsibility" share the stem "respons").
        new("word", "responsibilities", [Responsibility, Response, Acronyms, Typos]),
        new("word", "governance", [Responsibility, Response]),
        new("word", "peace charter", [Typos]),
        new("word", "nothingmatchesthis", []),

        // Phrases: the words side by side, in order (stop words such as "to" keep their place).
        new("phrase", "\"responsibility to protect\"", [Responsibility]),
        new("phrase", "\"security council\"", [Numbers, Acronyms]),
        new("phrase", "\"council security\"", []),

        // Prefixes and wildcards (? one character, * any): words as written (not stemmed), in every field.
        new("prefix", "responsib*", [Responsibility, Acronyms, Typos]),
        new("prefix", "government*", [Responsibility, Acronyms]),
        new("prefix", "governmental*", [Acronyms]),
        new("prefix", "organization*", [Acronyms]),
        new("prefix", "protect*", [Responsibility, Response, Acronyms]),
        new("wildcard", "Resp*ble", [Responsibility, Typos]),
        new("wildcard", "respons?ble", [Responsibility, Typos]),

        // Fuzzy: words as written within two edits (a letter added, dropped, changed or two swapped).
        new("fuzzy", "responsibility~", [Responsibility, Geneve, Acronyms, Typos]),
        new("fuzzy", "resposibility~", [Responsibility, Acronyms, Typos]),
        new("fuzzy", "goverment~", [Responsibility]),
        new("fuzzy", "protection~", [Response, Proteccion]),
        new("fuzzy", "responsibility~1", [Responsibility, Acronyms, Typos]),

        // Boolean operators and grouping.
        new("boolean", "peace AND protect", [Response, Acronyms]),
        new("boolean", "resposibility OR geneva", [Response, Typos]),
        new("boolean", "responsib* NOT uganda", [Typos]),
        new("boolean", "responsib* -uganda", [Typos]),
        new("boolean", "+peace -civilians", [Numbers, Typos]),
        new("boolean", "(geneva OR genève) AND -irresponsible", [Geneve]),
        new("boolean", "NOT responsib*", [Response, Geneve, Proteccion, Numbers]),

        // Fields, with every operator in them.
        new("field", "title:responsib*", [Responsibility]),
        new("field", "body:responsib*", [Responsibility, Acronyms]),
        new("field", "organization:responsib*", [Typos]),
        new("field", "signatory:HURINET-U", [Responsibility]),
        new("field", "organization:FORSC", [Geneve]),
        new("field", "organization:hurinet*", [Responsibility]),
        new("field", "recipient:secretary*", [Response]),
        new("field", "recipient:organizacion", [Proteccion]),
        new("field", "title:genève~", [Geneve]),
        new("field", "title:\"security council\"", [Acronyms]),

        // Accents: folded both ways, in words, prefixes and fuzzy words; case never counts.
        new("accents", "Genève", [Geneve]),
        new("accents", "GENEVE", [Geneve]),
        new("accents", "genève*", [Geneve]),
        new("accents", "Genev*", [Response, Geneve]),
        new("accents", "Geneve~", [Response, Geneve]),
        new("accents", "Société", [Geneve]),
        new("accents", "societe*", [Geneve]),

        // Other languages: French elisions ("l'homme" is "homme"), Spanish letters; endings only as far as the
        // English stemmer folds them (a final s), otherwise with a prefix.
        new("languages", "homme", [Geneve]),
        new("languages", "l'homme", [Geneve]),
        new("languages", "\"droits de l'homme\"", [Geneve]),
        new("languages", "protéger", [Geneve]),
        new("languages", "responsabilité", [Geneve]),
        new("languages", "proteccion", [Proteccion]),
        new("languages", "niño", [Proteccion]),
        new("languages", "organización", [Proteccion]),
        new("languages", "organiza*", [Acronyms, Proteccion]),

        // Numbers and dates, as the text writes them (a letter's own date is the year, from and to filters).
        new("numbers", "1674", [Numbers]),
        new("numbers", "167*", [Numbers]),
        new("numbers", "1,200", [Numbers]),
        new("numbers", "1200", []),
        new("numbers", "\"10 December 2014\"", [Numbers]),
        new("numbers", "2014-12-10", [Numbers]),
        new("numbers", "69th", [Numbers]),
        new("numbers", "2006", [Numbers]),

        // Acronyms: dots do not count ("U.N." is "UN"); a hyphen joins two words that must stand together.
        new("acronyms", "U.N.", [Acronyms, Typos]),
        new("acronyms", "UN", [Acronyms, Typos]),
        new("acronyms", "USA", [Acronyms]),
        new("acronyms", "HURINET-U", [Responsibility, Acronyms]),
        new("acronyms", "hurinet", [Responsibility, Acronyms]),
        new("acronyms", "HURINET-U*", [Responsibility, Acronyms]),
        new("acronyms", "\"U.N. security\"", [Acronyms]),
    ];

    /// <summary>One query and the letters (ids, any order) it must find.</summary>
    public sealed record Row(string Kind, string Query, IReadOnlyList<string> Letters);
}
