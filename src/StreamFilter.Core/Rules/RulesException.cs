namespace StreamFilter.Core.Rules;

/// <summary>
/// A rules file was refused. Carries every error found (not just the first), so one edit-check
/// cycle fixes them all; the message lists them one per line.
/// </summary>
public sealed class RulesException : Exception
{
    public RulesException(IReadOnlyList<RulesError> errors)
        : base(string.Join(Environment.NewLine, errors))
    {
        Errors = errors;
    }

    public RulesException() : this([])
    {
    }

    public RulesException(string message) : base(message)
    {
        Errors = [];
    }

    public RulesException(string message, Exception innerException) : base(message, innerException)
    {
        Errors = [];
    }

    public IReadOnlyList<RulesError> Errors { get; }
}
