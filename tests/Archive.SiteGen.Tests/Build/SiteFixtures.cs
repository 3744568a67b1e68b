using Archive.Testing;

namespace Archive.SiteGen.Tests.Build;

/// <summary>
/// Small archives the site tests build, written out in full so a test's expectations can be checked by eye:
/// three letters (one known to the day, one to the month, one undated), four organizations, four countries.
/// </summary>
public static class SiteFixtures
{
    public static TemporaryContent SmallArchive() => new TemporaryContent()
        .Organization("gay-and-lesbian-network", """
            name: Gay & Lesbian Network
            countries: [ZA]
            description: A South African network for the rights of gay and lesbian people.
            """)
        .Organization("human-rights-watch", """
            name: Human Rights Watch
            acronym: HRW
            aliases:
              - Human Rights Watch (HRW)
            countries: [US]
            website: https://www.hrw.org/
            """)
        .Organization("forum-pour-le-renforcement-de-la-societe-civile", """
            name: Forum pour le Renforcement de la Société Civile
            acronym: FORSC
            countries: [BI]
            """)
        .Organization("350-africa", """
            name: 350 Africa
            countries: [KE]
            """)
        .Write("sources/2009-07-20-first.txt", "The original text of the first letter.\n")
        .Letter("2009-07-20-first", """
            title: A Letter on the Responsibility to Protect
            date: 2009-07-20
            recipients:
              - Governments of the UN Member States
            cc:
              - President of the General Assembly
            publisher: human-rights-watch
            source:
              file: sources/2009-07-20-first.txt
              url: https://example.org/first
              note: Plain text as published.
            signatories:
              - name: Gay & Lesbian Network
                countries: [ZA]
              - name: Human Rights Watch (HRW)
                countries: [US]
              - name: Forum pour le Renforcement de la Société Civile
                regions: [Great Lakes]
            people:
              - name: Jane Doe
                roles:
                  - title: Director
                    affiliation: Human Rights Watch
            """, "Your Excellencies,\n\nWe write about the *responsibility to protect* populations.\n")
        .Letter("2008-undated", """
            title: An Undated Letter
            date: 2008
            undated: true
            date_note: The letter prints no date; it refers to the 63rd General Assembly.
            source: https://example.org/undated
            signatories:
              - name: Human Rights Watch
              - name: FORSC
            """, "Dear Heads of Government,\n\nA letter about prevention.\n")
        .Letter("2012-03-ngo-letter", """
            title: A Letter of March 2012
            date: 2012-03
            recipients:
              - The Secretary-General
            source: https://example.org/march
            signatories:
              - name: Gay & Lesbian Network
              - name: 350 Africa
            """, "Dear Secretary-General,\n\nOn climate and conflict.\n");
}
