using StreamFilter.Core.Detection;
using StreamFilter.Core.Sensitivity;

namespace StreamFilter.Core.Tests.Sensitivity;

/// <summary>Every entity type a built-in detector reports says what it makes an event (no built-in falls back to "unknown").</summary>
public class EntitySensitivityCoverageTests
{
    private static readonly Dictionary<string, (string Category, SensitivityLevel Level)> NoCustomTypes = [];

    public static TheoryData<string> BuiltInTypes() => [.. DetectorCatalog.BuiltIn.SelectMany(d => d.EntityTypes).Distinct()];

    [Theory]
    [MemberData(nameof(BuiltInTypes))]
    public void Built_in_type_has_a_category(string type) => Assert.NotNull(EntitySensitivity.Of(type, NoCustomTypes).Category);

    [Theory]
    [InlineData(EntityType.CaSin, Category.Tax)]
    [InlineData(EntityType.DeTaxId, Category.Tax)]
    [InlineData(EntityType.UkNhs, Category.Medical)]
    [InlineData(EntityType.AuMedicare, Category.Medical)]
    [InlineData(EntityType.EsNie, Category.GovernmentId)]
    [InlineData(EntityType.InAadhaar, Category.GovernmentId)]
    public void National_ids_are_sensitive_in_their_category(string type, string category)
    {
        var (actual, level) = EntitySensitivity.Of(type, NoCustomTypes);
        Assert.Equal(category, actual);
        Assert.Equal(SensitivityLevel.Sensitive, level);
    }
}
