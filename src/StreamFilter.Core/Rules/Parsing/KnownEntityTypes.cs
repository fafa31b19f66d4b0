using System.Collections.Frozen;
using System.Reflection;
using StreamFilter.Core.Detection;

namespace StreamFilter.Core.Rules.Parsing;

/// <summary>
/// The built-in entity type names a rules file may refer to: every constant of <see cref="EntityType"/>
/// plus whatever a built-in detector declares, so a new detector needs no change here.
/// </summary>
internal static class KnownEntityTypes
{
    private static readonly FrozenSet<string> BuiltIn = typeof(EntityType)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.IsLiteral && f.FieldType == typeof(string))
        .Select(f => (string)f.GetRawConstantValue()!)
        .Concat(DetectorCatalog.BuiltIn.SelectMany(d => d.EntityTypes))
        .ToFrozenSet(StringComparer.Ordinal);

    public static bool IsBuiltIn(string type) => BuiltIn.Contains(type);

    /// <summary>Every built-in name, in ordinal order (metrics create one series per name).</summary>
    public static IReadOnlyList<string> All { get; } = BuiltIn.Order(StringComparer.Ordinal).ToArray();
}
