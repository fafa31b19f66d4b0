using System.CommandLine;
using StreamFilter.Cli.Filtering;

namespace StreamFilter.Cli.Commands;

/// <summary>
/// <c>streamfilter filter</c>: the embedded mode. Runs every event of an NDJSON file through the filter
/// stage with no broker and writes filtered events, an audit trail and encrypted dead letters.
/// </summary>
internal static class FilterCommand
{
    public static Command Create()
    {
        var rules = new Option<string?>("--rules") { Description = "Rules file (YAML). Default: the built-in rules." };
        var input = new Option<string>("--input", "-i") { Description = "NDJSON events to filter, or - for stdin.", Required = true };
        var output = new Option<string>("--output", "-o") { Description = "Where filtered events go (NDJSON), or - for stdout.", Required = true };
        var audit = new Option<string>("--audit") { Description = "Audit trail: one NDJSON record per input event.", Required = true };
        var deadLetter = new Option<string?>("--dead-letter") { Description = "Encrypted dead letters. Default: next to the output, *.dead-letters.ndjson." };
        var quarantine = new Option<string?>("--quarantine") { Description = "Encrypted quarantined events. Default: next to the output, *.quarantine.ndjson." };
        var hmacKey = new Option<string?>("--hmac-key-file") { Description = "Pseudonym key file (base64 of 32 bytes). Default: env STREAMFILTER_HMAC_KEY, else a local key." };
        var deadLetterKey = new Option<string?>("--dead-letter-key-file") { Description = "Dead-letter key file. Default: env STREAMFILTER_DEAD_LETTER_KEY, else a local key." };

        var command = new Command("filter", "Filter an NDJSON file of activity events: redact, drop, audit, dead-letter.")
        {
            rules, input, output, audit, deadLetter, quarantine, hmacKey, deadLetterKey,
        };
        command.Action = new ExitCodeAction((parse, cancellationToken) =>
        {
            var options = new FilterOptions
            {
                RulesPath = parse.GetValue(rules),
                Input = parse.GetRequiredValue(input),
                Output = parse.GetRequiredValue(output),
                Audit = parse.GetRequiredValue(audit),
                DeadLetter = parse.GetValue(deadLetter),
                Quarantine = parse.GetValue(quarantine),
                HmacKeyFile = parse.GetValue(hmacKey),
                DeadLetterKeyFile = parse.GetValue(deadLetterKey),
            };
            return FilterRunner.RunAsync(options, parse.InvocationConfiguration.Error, cancellationToken);
        });
        return command;
    }
}
