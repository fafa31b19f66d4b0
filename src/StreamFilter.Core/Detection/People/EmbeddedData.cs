namespace StreamFilter.Core.Detection.People;

/// <summary>Opens a data file embedded in StreamFilter.Core (the lexicons and the trained person model).</summary>
internal static class EmbeddedData
{
    public static Stream Open(string resourceName) =>
        typeof(EmbeddedData).Assembly.GetManifestResourceStream(resourceName)
        ?? throw new InvalidOperationException($"StreamFilter.Core is missing its embedded resource {resourceName}; rebuild it from a full checkout");
}
