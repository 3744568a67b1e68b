using Archive.SiteGen.Build;
using Archive.SiteGen.Build.Templates;
using Archive.Testing;
using Scriban;
using Scriban.Runtime;

namespace Archive.SiteGen.Tests.Build;

/// <summary>
/// The site's templates run compiled to .NET delegates rather than interpreted by Scriban; the HTML must be exactly
/// Scriban's, for every construct the compiled form handles, and anything else must be left to Scriban.
/// </summary>
public class CompiledTemplateTests
{
    public sealed record Item(string Name, IReadOnlyList<string> Tags);

    public class Named(string name)
    {
        public string Name { get; } = name;
    }

    public sealed class Renamed(string name, string shown) : Named(name)
    {
        public new string Name { get; } = shown;
    }

    public sealed class WithField(string name)
    {
#pragma warning disable CA1051 // A public field is what this test is about: Scriban reads fields too.
        public readonly string Name = name;
#pragma warning restore CA1051
    }

    private static readonly ScriptObject Model = new()
    {
        ["title"] = "Gay & Lesbian <Network>",
        ["count"] = 3,
        ["zero"] = 0,
        ["flag"] = true,
        ["none"] = null,
        ["empty"] = "",
        ["html"] = new TrustedHtml("<em>trusted</em>"),
        ["items"] = new List<Item> { new("Amnesty", ["a", "b"]), new("DanChurchAid", []), new("Réseau", ["c"]) },
        ["no_items"] = Array.Empty<Item>(),
        // One `x.name` meets objects of every kind in turn: each must give its own value, as Scriban reads it.
        ["mixed"] = new List<object>
        {
            new Item("record", []), new Item("record again", []), new Named("class"), new Renamed("hidden", "derived"),
            new ScriptObject { ["name"] = "script object" }, new WithField("field"), new Named("class again"), new Item("record last", []),
        },
    };

    [Theory]
    [InlineData("{{ model.title }}|{{ model.count }}|{{ model.flag }}|{{ model.none }}|{{ model.empty }}|{{ model.html }}")]
    [InlineData("{{ if model.count > 2 }}big{{ else if model.count == 2 }}two{{ else }}small{{ end }}")]
    [InlineData("{{ if model.zero > 2 }}big{{ else if model.zero == 2 }}two{{ else }}small{{ end }}")]
    [InlineData("{{ for item in model.items }}{{ for.index }}:{{ item.name }}{{ if for.first }}F{{ end }}{{ if for.last }}L{{ end }}{{ if for.even }}E{{ end }}{{ if for.odd }}O{{ end }}{{ for.rindex }}/{{ for.length }};{{ end }}")]
    [InlineData("{{ for x in model.items }}{{ for x in x.tags }}<{{ x }}{{ if !for.last }},{{ end }}>{{ end }}{{ x.name }}{{ end }}")]
    [InlineData("{{ for item in model.items }}{{ for tag in item.tags }}{{ for.index }}{{ end }}/{{ for.index }}{{ end }}")]
    [InlineData("{{ for item in model.no_items }}never{{ end }}after")]
    [InlineData("{{ if !model.flag || model.count == 0 }}a{{ end }}{{ if model.flag && model.none == null }}b{{ end }}{{ if model.none && model.none.x }}c{{ end }}{{ if model.flag || model.none.x }}d{{ end }}")]
    [InlineData("{{ model.items | array.size }} {{ model.none | array.size }} {{ (model.items | array.size) + 1 }} {{ if (model.no_items | array.size) > 0 }}x{{ end }}")]
    [InlineData("{{ model.count + 1 }} {{ model.title + '!' }} {{ model.count * 2 - 1 }}")]
    [InlineData("{{ model.count | number }} {{ 1234567 | number }} {{ (model.count * 1000) | number }} {{ (model.items | array.size) | number }} {{ for i in model.items }}{{ (for.index + 999) | number }};{{ end }}")]
    [InlineData("{{ model.count == '3' }} {{ model.title != null }} {{ model.empty == '' }} {{ model.none == null }} {{ model.count >= 3 }} {{ model.count <= 2 }} {{ model.count < 4 }}")]
    [InlineData("{{ if model.empty }}E{{ end }}{{ if model.zero }}Z{{ end }}{{ if model.items }}I{{ end }}{{ if model.no_items }}N{{ end }}{{ if model.none }}0{{ end }}")]
    [InlineData("{{ for x in model.mixed }}{{ x.name }};{{ end }}{{ for x in model.mixed }}{{ x.name }};{{ end }}")]
    [InlineData("a\n  {{~ for i in model.items ~}}\n  [{{ i.name }}]\n{{~ end ~}}\nb {{- model.count -}} c\n   {{~ model.flag }}")]
    public void Renders_exactly_what_Scriban_renders(string text)
    {
        var template = Template.Parse(text);
        Assert.False(template.HasErrors, string.Join("\n", template.Messages));
        var compiled = CompiledTemplate.Compile(template);
        Assert.NotNull(compiled);

        Assert.Equal(Render(c => template.Render(c)), Render(compiled.Render));
    }

    [Theory]
    [InlineData("{{ x = 1 }}{{ x }}")]
    [InlineData("{{ 'a' | string.upcase }}")]
    [InlineData("{{ for i in 1..3 }}{{ i }}{{ end }}")]
    [InlineData("{{ for i in model.items limit:1 }}{{ i.name }}{{ end }}")]
    [InlineData("{{ while model.flag }}{{ break }}{{ end }}")]
    [InlineData("{{ capture x }}a{{ end }}{{ x }}")]
    [InlineData("{{ model.count ?? 1 }}")]
    [InlineData("{{ model.items[0].name }}")]
    [InlineData("{{ for.index }}")]
    [InlineData("{{ model.count | number 2 }}")]
    [InlineData("{{ for number in model.items }}{{ model.count | number }}{{ end }}")]
    public void Leaves_to_Scriban_what_it_does_not_handle(string text)
    {
        Assert.Null(CompiledTemplate.Compile(Template.Parse(text)));
    }

    [Theory]
    [InlineData("{{ model.none.name }}")]
    [InlineData("{{ for c in model.title }}{{ c }}{{ end }}")]
    [InlineData("{{ model.title | array.size }}")]
    [InlineData("{{ model.no_such_member }}")]
    [InlineData("{{ model.title | number }}")]
    public void Stops_where_a_value_needs_Scriban_so_the_page_is_rendered_again_by_it(string text)
    {
        var compiled = CompiledTemplate.Compile(Template.Parse(text));
        Assert.NotNull(compiled);

        Assert.ThrowsAny<Exception>(() => Render(compiled.Render));
    }

    [Fact]
    public void Every_template_of_the_site_is_compiled_and_no_page_of_an_archive_needs_Scriban()
    {
        using var content = SiteFixtures.SmallArchive();
        using var site = BuiltSite.From(content);

        Assert.Equal(0, site.ExitCode);
        Assert.Empty(SiteTemplates.Load(BuildOptions.DefaultTemplatesPath).InterpretedTemplates);
        Assert.DoesNotContain("Scriban", site.Log, StringComparison.Ordinal);
    }

    [Fact]
    public void A_template_Scriban_has_to_interpret_gives_the_same_site_and_is_named_in_the_log()
    {
        using var content = SiteFixtures.SmallArchive();
        using var templates = new TemplatesCopy();
        var original = templates.Read("404.scriban");
        var (_, expected) = Build(content, templates, "expected");
        templates.Write("404.scriban", "{{ unused = 1 }}" + original);

        var (log, actual) = Build(content, templates, "actual");

        Assert.Contains("build: interpreted by Scriban, not compiled (slower): 404.scriban", log, StringComparison.Ordinal);
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void A_page_the_compiled_templates_cannot_finish_is_rendered_by_Scriban_and_counted()
    {
        using var content = SiteFixtures.SmallArchive();
        using var templates = new TemplatesCopy();
        // A string is not a list: Scriban loops over its characters, the compiled templates hand the page over.
        templates.Write("404.scriban", "{{ for c in model.search_url }}[{{ c }}]{{ end }}");

        var (log, page) = Build(content, templates, "site");

        Assert.Contains("build: 1 page rendered again by Scriban", log, StringComparison.Ordinal);
        Assert.Contains("[/][s][e][a][r][c][h][/]", page, StringComparison.Ordinal);
    }

    private static (string Log, string NotFoundPage) Build(TemporaryContent content, TemplatesCopy templates, string name)
    {
        var output = Path.Combine(templates.Root, name, "_site");
        var log = new StringWriter();
        var result = BuildSite.Run(new(content.Root, output, templates.Root, Search: false), log);
        Assert.True(result.ExitCode == 0, log.ToString());
        return (log.ToString(), File.ReadAllText(Path.Combine(output, "404.html")));
    }

    private static string Render(Action<HtmlTemplateContext> render)
    {
        var context = new HtmlTemplateContext(new ScriptObject());
        context.PushGlobal(new ScriptObject { ["model"] = Model });
        var output = new HtmlOutput();
        context.PushOutput(output);
        render(context);
        context.PopOutput();
        return output.Html.ToString();
    }
}
