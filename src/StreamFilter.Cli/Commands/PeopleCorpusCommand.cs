using System.CommandLine;
using System.Globalization;

namespace StreamFilter.Cli.Commands;

/// <summary>
/// `streamfilter people-corpus`: writes the generated people test set (held-out names and templates;
/// PERSON and STREET_ADDRESS spans) as span-labelled JSONL for `streamfilter eval`.
/// </summary>
internal static class PeopleCorpusCommand
{
    public static Command Create()
    {
        var reference = new Option<string>("--reference") { Description = "The reference data folder (names, address).", DefaultValueFactory = _ => "../shared/reference" };
        var output = new Option<string>("--out") { Description = "JSONL file to write.", Required = true };
        var count = new Option<int>("--count") { Description = "Sentences.", DefaultValueFactory = _ => 5_000 };
        var seed = new Option<int>("--seed") { Description = "Seed.", DefaultValueFactory = _ => 4242 };
        var command = new Command("people-corpus", "Write the generated PERSON / STREET_ADDRESS test set as JSONL.") { reference, output, count, seed };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(output)!;
            using var writer = new StreamWriter(path);
            var n = 0;
            foreach (var item in TrainPeopleCommand.GeneratedTest(parse.GetValue(reference)!, parse.GetValue(count), parse.GetValue(seed)))
            {
                writer.WriteLine(item.ToJson());
                n++;
            }
            parse.InvocationConfiguration.Output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"wrote {n} records to {path}"));
            return 0;
        });
        return command;
    }
}
