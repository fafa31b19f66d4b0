namespace StreamFilter.Cli.Filtering;

/// <summary>The arguments of <c>streamfilter filter</c>; "-" means stdin/stdout.</summary>
internal sealed record FilterOptions
{
    public string? RulesPath { get; init; }

    public required string Input { get; init; }

    public required string Output { get; init; }

    public required string Audit { get; init; }

    public string? DeadLetter { get; init; }

    public string? Quarantine { get; init; }

    public string? HmacKeyFile { get; init; }

    public string? DeadLetterKeyFile { get; init; }

    public const string Std = "-";

    /// <summary>Next to the output file (or the audit file when the output is stdout).</summary>
    public string DeadLetterPath => DeadLetter ?? Beside(".dead-letters.ndjson");

    public string QuarantinePath => Quarantine ?? Beside(".quarantine.ndjson");

    private string Beside(string suffix)
    {
        var basis = Output == Std ? Audit : Output;
        return Path.ChangeExtension(basis, null) + suffix;
    }
}
