using System.Collections;
using System.Collections.Concurrent;
using System.Reflection;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Runtime.Accessors;
using Scriban.Syntax;

namespace Archive.SiteGen.Build.Templates;

/// <summary>
/// A template turned once into .NET delegates, for the constructs the site's templates use: text, printed
/// expressions, <c>if</c> / <c>else if</c> / <c>else</c>, <c>for</c> loops (with <c>for.index</c>, <c>for.last</c>…),
/// members, comparisons and arithmetic, <c>!</c>, <c>&amp;&amp;</c>, <c>||</c>, <c>| array.size</c>, <c>| number</c>, literals and
/// <c>partial</c> calls. Values are read, tested, compared and printed with Scriban's own rules (its member
/// accessors, <c>ToBool</c>, operators, and the escaping <see cref="HtmlTemplateContext.Write(SourceSpan, object?)"/>),
/// so a page comes out exactly as Scriban renders it: what is gone is walking the syntax tree for every value of every
/// page, which was most of the time a build spent in templates.
/// </summary>
/// <remarks>
/// A template using anything else is not compiled (<see cref="Compile"/> returns null) and Scriban interprets it, so
/// designers can use all of Scriban. A compiled template that meets something it does not handle while rendering (a
/// null where a member is read, a function where a value was expected) throws <see cref="NotCompiledException"/>, and
/// the page is rendered again by Scriban, which also gives every error its message and line.
/// </remarks>
internal sealed class CompiledTemplate
{
    private readonly Action<Frame> _body;

    private CompiledTemplate(Action<Frame> body) => _body = body;

    /// <summary>The compiled form of the template, or null when it uses something only Scriban can run.</summary>
    public static CompiledTemplate? Compile(Template template)
    {
        try
        {
            return new CompiledTemplate(new Compiler().Block(template.Page?.Body));
        }
        catch (NotCompiledException)
        {
            return null;
        }
    }

    /// <summary>Renders into the context's current output, with the context's globals.</summary>
    public void Render(HtmlTemplateContext context) => _body(new Frame(context));

    /// <summary>What a compiled template cannot do; Scriban does it instead.</summary>
    public sealed class NotCompiledException(string what) : Exception(what);

    // A render's state: the context (globals, output, Scriban's rules) and the loops being run, innermost last.
    private sealed class Frame(HtmlTemplateContext context)
    {
        public HtmlTemplateContext Context { get; } = context;

        public List<Loop> Loops { get; } = [];
    }

    private sealed class Loop(IList items)
    {
        public IList Items { get; } = items;

        public int Index { get; set; }

        public object? Value => Items[Index];
    }

    /// <summary>
    /// One <c>x.member</c> in a template, and how it reads the member from the type it last met: a template reads
    /// the same member of the same type of object on every page, thousands of times, and asking Scriban each time
    /// meant finding the type's accessor and then the member by name in two dictionaries before a reflection call.
    /// Where Scriban reads a public property of a class, the property's getter is called through a delegate instead,
    /// once it has given the value Scriban gave on the first read (so that read calls the getter twice: the pages'
    /// models are records, whose getters only return a value). Fields, structs and script objects stay with Scriban.
    /// </summary>
    private sealed class MemberSite(string name, SourceSpan span)
    {
        private static readonly MethodInfo MakeGetter = typeof(MemberSite).GetMethod(nameof(Getter), BindingFlags.NonPublic | BindingFlags.Static)!;

        // What a member name of a type resolves to, for every site: a getter, or null where Scriban reads it. Member
        // names mean the same in every context here (as for HtmlTemplateContext's accessors: one renamer, no filter).
        private static readonly ConcurrentDictionary<(Type Type, string Name), Func<object, object?>?> Resolved = new();

        // The type last met and how to read it; replaced whole, never changed, as threads render with the same template.
        private Direct? _last;

        public object? Read(HtmlTemplateContext context, object of)
        {
            var type = of.GetType();
            var last = _last;
            if (last is { Get: { } get } && last.Type == type)
            {
                return get(of);
            }

            var accessor = context.GetMemberAccessor(of);
            if (!accessor.TryGetValue(context, span, of, name, out var value) || value is IScriptCustomFunction)
            {
                throw new NotCompiledException($"the member `{name}`");
            }

            if (last?.Type != type)
            {
                var read = (Context: context, Accessor: accessor, Of: of, Value: value);
                _last = new Direct(type, Resolved.GetOrAdd((type, name), static (key, read) => read.Accessor is TypedObjectAccessor
                    ? Verified(DirectGetter(read.Context, key.Type, key.Name), read.Of, read.Value)
                    : null, read));
            }

            return value;
        }

        private static Func<object, object?>? Verified(Func<object, object?>? get, object of, object? scribans) =>
            get is not null && Equals(get(of), scribans) ? get : null;

        // The public instance property of a class that Scriban finds by this name (it looks at the type, then at each
        // base class, and renames each member with the context's renamer), if the name is one property's; null for
        // fields, structs, script objects and anything else.
        private static Func<object, object?>? DirectGetter(HtmlTemplateContext context, Type type, string name)
        {
            if (type.IsValueType)
            {
                return null;
            }

            for (var declaring = type; declaring is not null && declaring != typeof(object); declaring = declaring.BaseType)
            {
                var members = declaring.GetMembers(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
                    .Where(m => m is FieldInfo or PropertyInfo { GetMethod.IsPublic: true }
                        && m.GetCustomAttribute<ScriptMemberIgnoreAttribute>() is null
                        && (context.MemberFilter is null || context.MemberFilter(m))
                        && (m is not PropertyInfo p || p.GetIndexParameters().Length == 0)
                        && ScribanName(context, m) == name)
                    .ToList();
                if (members.Count > 0)
                {
                    // A ref return, a pointer or a ref struct cannot be a type argument: Scriban's accessor reads those.
                    return members is [PropertyInfo { PropertyType: { IsByRef: false, IsPointer: false, IsByRefLike: false } } property]
                        ? (Func<object, object?>)MakeGetter.MakeGenericMethod(type, property.PropertyType).Invoke(null, [property.GetMethod])!
                        : null;
                }
            }

            return null;
        }

        private static string ScribanName(HtmlTemplateContext context, MemberInfo member) =>
            context.MemberRenamer?.Invoke(member) is { Length: > 0 } renamed ? renamed : member.Name;

        private static Func<object, object?> Getter<TTarget, TValue>(MethodInfo getter)
        {
            var get = getter.CreateDelegate<Func<TTarget, TValue>>();
            return of => get((TTarget)of);
        }

        // Get is null where Scriban reads the member.
        private sealed record Direct(Type Type, Func<object, object?>? Get);
    }

    // Compiles statements and expressions; knows which loop variables are in scope where.
    private sealed class Compiler
    {
        private readonly List<string> _loopVariables = [];

        public Action<Frame> Block(ScriptBlockStatement? block)
        {
            if (block is null)
            {
                throw new NotCompiledException("a missing block");
            }

            var steps = block.Statements.Select(Statement).OfType<Action<Frame>>().ToArray();
            return frame =>
            {
                foreach (var step in steps)
                {
                    step(frame);
                }
            };
        }

        // Null for a statement that does nothing when rendered (the {{ and }} around code, `end`).
        private Action<Frame>? Statement(ScriptStatement statement) => statement switch
        {
            ScriptEscapeStatement or ScriptEndStatement => null,
            ScriptRawStatement raw => Raw(raw),
            ScriptExpressionStatement { Expression: ScriptAssignExpression } => throw new NotCompiledException("assignment"),
            ScriptExpressionStatement printed => Printed(printed),
            ScriptIfStatement conditional => If(conditional),
            ScriptForStatement loop => For(loop),
            _ => throw new NotCompiledException(statement.GetType().Name),
        };

        private static Action<Frame> Raw(ScriptRawStatement raw)
        {
            var text = raw.Text.FullText ?? "";
            var start = raw.Text.Index;
            var length = raw.Text.Length;
            return frame => frame.Context.WriteHtml(text, start, length);
        }

        // A value printed where it stands; a partial called this way writes into the output itself and gives back null.
        private Action<Frame> Printed(ScriptExpressionStatement statement)
        {
            var span = statement.Span;
            var value = Expression(statement.Expression);
            return frame =>
            {
                if (value(frame) is { } result)
                {
                    frame.Context.Write(span, result);
                }
            };
        }

        private Action<Frame> If(ScriptIfStatement statement)
        {
            var condition = Condition(statement.Condition);
            var then = Block(statement.Then);
            Action<Frame>? otherwise = statement.Else switch
            {
                null => null,
                ScriptIfStatement elseIf => If(elseIf),
                ScriptElseStatement @else => Block(@else.Body),
                var other => throw new NotCompiledException(other.GetType().Name),
            };
            return frame =>
            {
                if (condition(frame))
                {
                    then(frame);
                }
                else
                {
                    otherwise?.Invoke(frame);
                }
            };
        }

        private Action<Frame> For(ScriptForStatement loop)
        {
            if (loop.Variable is not ScriptVariable { Name: var name } || loop.Else is not null || loop.NamedArguments is { Count: > 0 })
            {
                throw new NotCompiledException("a for loop other than `for x in list`");
            }

            var items = Expression(loop.Iterator);
            _loopVariables.Add(name);
            var body = Block(loop.Body);
            _loopVariables.RemoveAt(_loopVariables.Count - 1);
            return frame =>
            {
                if (items(frame) is not IList list)
                {
                    throw new NotCompiledException("a loop over something that is not a list");
                }

                var state = new Loop(list);
                frame.Loops.Add(state);
                for (state.Index = 0; state.Index < list.Count; state.Index++)
                {
                    body(frame);
                }

                frame.Loops.RemoveAt(frame.Loops.Count - 1);
            };
        }

        private Func<Frame, bool> Condition(ScriptExpression? expression)
        {
            var value = Expression(expression);
            var span = expression!.Span;
            return frame => frame.Context.ToBool(span, value(frame));
        }

        private Func<Frame, object?> Expression(ScriptExpression? expression) => expression switch
        {
            null => throw new NotCompiledException("a missing expression"),
            ScriptLiteral literal => Literal(literal.Value),
            ScriptNestedExpression nested => Expression(nested.Expression),
            ScriptVariable variable => Variable(variable),
            ScriptMemberExpression member => Member(member),
            ScriptUnaryExpression { Operator: ScriptUnaryOperator.Not } not => Not(not),
            ScriptBinaryExpression binary => Binary(binary),
            ScriptPipeCall pipe => Pipe(pipe),
            ScriptFunctionCall call when IsPartial(call) => Partial(call),
            _ => throw new NotCompiledException(expression.GetType().Name),
        };

        private static Func<Frame, object?> Literal(object? value) => _ => value;

        private Func<Frame, object?> Variable(ScriptVariable variable)
        {
            var depth = _loopVariables.LastIndexOf(variable.Name);
            if (depth >= 0)
            {
                return frame => frame.Loops[depth].Value;
            }

            if (variable.Name == "for")
            {
                throw new NotCompiledException("`for` on its own");
            }

            return frame => frame.Context.GetValue(variable) switch
            {
                IScriptCustomFunction => throw new NotCompiledException("a function used as a value"),
                var value => value,
            };
        }

        private Func<Frame, object?> Member(ScriptMemberExpression member)
        {
            var name = member.Member?.Name ?? throw new NotCompiledException("a member without a name");
            if (member.Target is ScriptVariable { Name: "for" } && _loopVariables.Count > 0)
            {
                return LoopMember(name, _loopVariables.Count - 1);
            }

            var target = Expression(member.Target);
            var site = new MemberSite(name, member.Span);
            return frame => site.Read(frame.Context, target(frame) ?? throw new NotCompiledException("a member of null"));
        }

        private static Func<Frame, object?> LoopMember(string name, int depth) => name switch
        {
            "index" => frame => frame.Loops[depth].Index,
            "index1" => frame => frame.Loops[depth].Index + 1,
            "rindex" => frame => frame.Loops[depth].Items.Count - frame.Loops[depth].Index - 1,
            "first" => frame => frame.Loops[depth].Index == 0,
            "last" => frame => frame.Loops[depth].Index == frame.Loops[depth].Items.Count - 1,
            "even" => frame => frame.Loops[depth].Index % 2 == 0,
            "odd" => frame => frame.Loops[depth].Index % 2 == 1,
            "length" => frame => frame.Loops[depth].Items.Count,
            _ => throw new NotCompiledException($"for.{name}"),
        };

        private Func<Frame, object?> Not(ScriptUnaryExpression not)
        {
            var value = Condition(not.Right);
            return frame => !value(frame);
        }

        private Func<Frame, object?> Binary(ScriptBinaryExpression binary)
        {
            var op = binary.Operator;
            var span = binary.Span;
            if (op is ScriptBinaryOperator.And or ScriptBinaryOperator.Or)
            {
                var left = Condition(binary.Left);
                var right = Condition(binary.Right);
                return op == ScriptBinaryOperator.And
                    ? frame => left(frame) && right(frame)
                    : frame => left(frame) || right(frame);
            }

            if (op is not (ScriptBinaryOperator.CompareEqual or ScriptBinaryOperator.CompareNotEqual
                or ScriptBinaryOperator.CompareLess or ScriptBinaryOperator.CompareLessOrEqual
                or ScriptBinaryOperator.CompareGreater or ScriptBinaryOperator.CompareGreaterOrEqual
                or ScriptBinaryOperator.Add or ScriptBinaryOperator.Subtract or ScriptBinaryOperator.Multiply))
            {
                throw new NotCompiledException($"the operator {binary.OperatorAsText}");
            }

            var leftValue = Expression(binary.Left);
            var rightValue = Expression(binary.Right);
            var leftSpan = binary.Left!.Span;
            var rightSpan = binary.Right!.Span;
            return frame => ScriptBinaryExpression.Evaluate(frame.Context, span, op, leftSpan, leftValue(frame), rightSpan, rightValue(frame));
        }

        // `list | array.size` and `count | number`, the pipes the templates use; any other is Scriban's.
        private Func<Frame, object?> Pipe(ScriptPipeCall pipe)
        {
            if (pipe.To is ScriptFunctionCall { Arguments.Count: 0, Target: ScriptVariable { Name: NumberFunction.Name } number }
                && !_loopVariables.Contains(NumberFunction.Name))
            {
                return Number(pipe, number);
            }

            if (pipe.To is not ScriptFunctionCall { Arguments.Count: 0, Target: ScriptMemberExpression { Target: ScriptVariable { Name: "array" }, Member.Name: "size" } }
                || _loopVariables.Contains("array"))
            {
                throw new NotCompiledException("a pipe other than `| array.size` or `| number`");
            }

            var list = Expression(pipe.From);
            return frame => list(frame) switch
            {
                null => 0,
                ICollection collection => collection.Count,
                _ => throw new NotCompiledException("the size of something that is not a list"),
            };
        }

        // The built-in `number`, unless something else goes by that name where the template runs.
        private Func<Frame, object?> Number(ScriptPipeCall pipe, ScriptVariable function)
        {
            var value = Expression(pipe.From);
            var span = pipe.Span;
            return frame => frame.Context.GetValue(function) is NumberFunction
                ? NumberFunction.Format(value(frame), span)
                : throw new NotCompiledException("`number` that is not the built-in function");
        }

        private bool IsPartial(ScriptFunctionCall call) =>
            call.Target is ScriptVariable { Name: "partial" } && !_loopVariables.Contains("partial") && call.Arguments.Count == 2;

        private Func<Frame, object?> Partial(ScriptFunctionCall call)
        {
            var target = call.Target as ScriptVariable ?? throw new NotCompiledException("a call of something else than partial");
            var name = Expression(call.Arguments[0]);
            var value = Expression(call.Arguments[1]);
            return frame =>
            {
                if (frame.Context.GetValue(target) is not SiteTemplates.Partial partial || name(frame) is not string partialName)
                {
                    throw new NotCompiledException("a partial call");
                }

                return partial.Invoke(frame.Context, call, [partialName, value(frame)], null);
            };
        }
    }
}
