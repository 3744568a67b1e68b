using System.Reflection;
using Archive.Api.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Routing;

namespace Archive.Api.Parameters;

/// <summary>
/// Endpoint metadata: the query parameters a route reads, from its handler's own parameters (<c>[FromQuery]</c>,
/// the properties of an <c>[AsParameters]</c> record, or a plain value not in the route pattern), and which of them
/// take several values (a <c>string[]</c>). Found once, when the endpoint is built, so the list cannot drift from the
/// handlers; <see cref="RefuseUnknownParameters"/> reads it.
/// </summary>
internal sealed record QueryParameters(IReadOnlyList<string> Names, IReadOnlySet<string> Repeatable)
{
    /// <summary>Adds this metadata to every endpoint of the group.</summary>
    public static RouteGroupBuilder AddTo(RouteGroupBuilder group)
    {
        ((IEndpointConventionBuilder)group).Add(endpoint =>
        {
            if (endpoint.Metadata.OfType<MethodInfo>().FirstOrDefault() is { } handler)
            {
                var routeValues = (endpoint as RouteEndpointBuilder)?.RoutePattern.Parameters.Select(p => p.Name) ?? [];
                endpoint.Metadata.Add(Of(handler, new HashSet<string>(routeValues, StringComparer.OrdinalIgnoreCase)));
            }

            // Every such route can answer 400 for a parameter it does not take, even one that reads none.
            if (!endpoint.Metadata.OfType<IProducesResponseTypeMetadata>().Any(m => m.StatusCode == StatusCodes.Status400BadRequest))
            {
                ProblemResponse.Describe(endpoint, StatusCodes.Status400BadRequest);
            }
        });
        return group;
    }

    /// <summary>Whether a query parameter is one of the route's (names are matched ignoring case, as binding does).</summary>
    public bool Accepts(string name) => Names.Contains(name, StringComparer.OrdinalIgnoreCase);

    private static QueryParameters Of(MethodInfo handler, HashSet<string> routeValues)
    {
        var names = new List<string>();
        var repeatable = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        void Add(string name, Type type)
        {
            names.Add(name);
            if (type.IsArray)
            {
                repeatable.Add(name);
            }
        }

        foreach (var parameter in handler.GetParameters())
        {
            if (parameter.GetCustomAttribute<AsParametersAttribute>() is not null)
            {
                foreach (var property in parameter.ParameterType.GetProperties())
                {
                    if (property.GetCustomAttribute<FromQueryAttribute>() is { } query)
                    {
                        Add(query.Name ?? property.Name, property.PropertyType);
                    }
                }
            }
            else if (parameter.GetCustomAttribute<FromQueryAttribute>() is { } query)
            {
                Add(query.Name ?? parameter.Name!, parameter.ParameterType);
            }
            else if (IsPlainValue(parameter.ParameterType) && !routeValues.Contains(parameter.Name!)
                && !parameter.GetCustomAttributes().Any(a => a is IBindingSourceMetadata))
            {
                // Minimal APIs bind a plain value that is not in the route from the query string.
                Add(parameter.Name!, parameter.ParameterType);
            }
        }

        return new QueryParameters(names, repeatable);
    }

    private static bool IsPlainValue(Type type)
    {
        var element = type.IsArray ? type.GetElementType()! : Nullable.GetUnderlyingType(type) ?? type;
        return element.IsPrimitive || element == typeof(string) || element == typeof(DateOnly) || element == typeof(DateTime)
            || element == typeof(DateTimeOffset) || element == typeof(decimal) || element == typeof(Guid);
    }
}
