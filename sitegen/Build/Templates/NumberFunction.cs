using Archive.Core.Text;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Archive.SiteGen.Build.Templates;

/// <summary>
/// <c>{{ count | number }}</c> in a template: a whole number as readers read it, "1,234" (<see cref="ReadableNumber"/>,
/// issue 17). One of the templates' built-in functions, like Scriban's own; numbers printed for machines
/// (<c>data-*</c> attributes, JSON) are printed plain, without it.
/// </summary>
internal sealed class NumberFunction : IScriptCustomFunction
{
    /// <summary>The name templates call it by.</summary>
    public const string Name = "number";

    public int RequiredParameterCount => 1;

    public int ParameterCount => 1;

    public ScriptVarParamKind VarParamKind => ScriptVarParamKind.None;

    public Type ReturnType => typeof(string);

    public ScriptParameterInfo GetParameterInfo(int index) => new(typeof(long), "value");

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        arguments.Count == 1
            ? Format(arguments[0], callerContext?.Span ?? context.CurrentSpan)
            : throw new ScriptRuntimeException(callerContext?.Span ?? context.CurrentSpan, "number takes one whole number: {{ count | number }}");

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        ValueTask.FromResult(Invoke(context, callerContext, arguments, blockStatement));

    /// <summary>The number, grouped; anything but a whole number is an error at <paramref name="where"/>.</summary>
    public static string Format(object? value, SourceSpan where) => value switch
    {
        int number => ReadableNumber.Of(number),
        long number => ReadableNumber.Of(number),
        _ => throw new ScriptRuntimeException(where, $"number takes a whole number, not {(value is null ? "null" : $"a {value.GetType().Name}")}"),
    };
}
