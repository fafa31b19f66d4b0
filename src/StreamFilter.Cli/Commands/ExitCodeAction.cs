using System.CommandLine;
using System.CommandLine.Invocation;

namespace StreamFilter.Cli.Commands;

/// <summary>
/// A command action that reports argument errors itself so they exit with <see cref="ExitCodes.BadInput"/>
/// (System.CommandLine's own error handling exits with 1, which we reserve for runtime failures).
/// </summary>
internal sealed class ExitCodeAction(Func<ParseResult, CancellationToken, Task<int>> run) : AsynchronousCommandLineAction
{
    public override bool ClearsParseErrors => true;

    public override async Task<int> InvokeAsync(ParseResult parseResult, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(parseResult);
        if (parseResult.Errors.Count == 0)
        {
            return await run(parseResult, cancellationToken).ConfigureAwait(false);
        }
        var error = parseResult.InvocationConfiguration.Error;
        foreach (var e in parseResult.Errors)
        {
            await error.WriteLineAsync($"error: {e.Message}").ConfigureAwait(false);
        }
        await error.WriteLineAsync($"Run '{parseResult.CommandResult.Command.Name} --help' for usage.").ConfigureAwait(false);
        return ExitCodes.BadInput;
    }
}
