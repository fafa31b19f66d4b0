namespace StreamFilter.Core.Sensitivity.Classification;

/// <summary>A model file that is missing, corrupt, truncated or of an unknown format version.</summary>
public sealed class ModelFormatException : Exception
{
    public ModelFormatException()
    {
    }

    public ModelFormatException(string message)
        : base(message)
    {
    }

    public ModelFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
