namespace StreamFilter.Cli;

/// <summary>Process exit codes shared by the commands.</summary>
internal static class ExitCodes
{
    public const int Ok = 0;

    /// <summary>The run started but failed (I/O error, unexpected exception).</summary>
    public const int RuntimeFailure = 1;

    /// <summary>Bad arguments, configuration or keys: nothing was processed.</summary>
    public const int BadInput = 2;
}
