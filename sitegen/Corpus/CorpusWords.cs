namespace Archive.SiteGen.Corpus;

/// <summary>The vocabulary synthetic letters and organizations are made of: plausible, not real.</summary>
internal static class CorpusWords
{
    public static readonly string[] OrganizationKinds =
    [
        "Network", "Coalition", "Institute", "Centre", "Center", "Forum", "Alliance", "Association", "Foundation",
        "Council", "Initiative", "Society", "Union", "Movement", "Trust", "Group", "Platform", "Observatory",
        "Committee", "Federation", "Collective", "League", "Project", "Partnership",
    ];

    public static readonly string[] Qualifiers =
    [
        "Regional", "National", "Global", "International", "Independent", "Civic", "Popular", "Youth", "Women's",
        "Community", "Citizens'", "Interfaith", "Democratic", "Lawyers'", "Journalists'", "Students'", "Rural",
        "Urban", "Indigenous", "Humanitarian",
    ];

    public static readonly string[] Causes =
    [
        "Human Rights", "Peace", "Justice", "Democracy", "Civil Society", "Development", "the Rule of Law",
        "Conflict Prevention", "Refugee Rights", "Accountability", "Women's Rights", "Press Freedom",
        "Genocide Prevention", "Peacebuilding", "Good Governance", "Minority Rights", "Disarmament",
        "the Responsibility to Protect", "Transitional Justice", "Child Protection", "Environmental Justice",
        "Land Rights", "Labour Rights", "Dialogue", "Reconciliation",
    ];

    public static readonly string[] Places =
    [
        "the Great Lakes", "the Horn of Africa", "the Sahel", "the Andes", "the Mekong", "the Balkans",
        "the Caucasus", "the Pacific", "the Caribbean", "Central Asia", "the Middle East", "Southern Africa",
        "West Africa", "East Africa", "South Asia", "Latin America", "the Mediterranean", "the Arctic",
    ];

    public static readonly string[] Recipients =
    [
        "Permanent Representatives of the UN Member States", "Members of the UN Security Council",
        "the UN Secretary-General", "the President of the UN General Assembly", "Heads of State and Government",
        "Foreign Ministers of the African Union", "the UN High Commissioner for Human Rights",
        "Members of the Human Rights Council", "the European Council", "Ministers of Foreign Affairs",
    ];

    public static readonly string[] TitleTopics =
    [
        "the Responsibility to Protect", "the Protection of Civilians", "Atrocity Prevention", "Early Warning",
        "the Third Pillar", "Accountability for Mass Atrocities", "Humanitarian Access", "Refugee Protection",
        "the Situation in the Region", "the General Assembly Debate", "the Security Council Veto",
        "Peacekeeping Mandates", "the Arms Trade Treaty", "Sanctions and Civilians", "the Rights of the Displaced",
    ];

    public static readonly string[] Words =
    [
        "the", "of", "and", "to", "in", "for", "on", "that", "with", "by", "as", "we", "our", "is", "are", "this",
        "responsibility", "protect", "populations", "genocide", "war", "crimes", "against", "humanity", "ethnic",
        "cleansing", "prevention", "states", "international", "community", "civil", "society", "organizations",
        "governments", "united", "nations", "general", "assembly", "security", "council", "report", "secretary",
        "dialogue", "commitment", "implementation", "regional", "national", "local", "measures", "timely",
        "decisive", "response", "capacity", "assistance", "pillar", "norm", "principle", "summit", "action",
        "support", "urge", "call", "upon", "member", "protection", "civilians", "mass", "atrocities", "early",
        "warning", "accountability", "justice", "peace", "human", "rights", "violations", "victims", "conflict",
        "crisis", "situation", "humanitarian", "access", "mandate", "mission", "resolution", "debate", "leadership",
        "strengthen", "ensure", "continue", "encourage", "welcome", "recognize", "reaffirm", "deepen", "engage",
        "collective", "effective", "inclusive", "preventive", "diplomacy", "mediation", "sanctions", "monitoring",
        "refugees", "displaced", "women", "children", "minorities", "communities", "voices", "consultation",
    ];
}
