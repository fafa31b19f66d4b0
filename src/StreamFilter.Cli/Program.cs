using System.CommandLine;
using StreamFilter.Cli.Commands;

// The `streamfilter` host: each sub-command lives in Commands/ and is composed here once.
var root = new RootCommand("StreamFilter: a privacy filter between activity recorders and training storage.")
{
    VersionCommand.Create(),
    RulesCommand.Create(),
    FilterCommand.Create(),
    DeadLettersCommand.Create(),
    TrainCommand.Create(),
    TrainPeopleCommand.Create(),
    PeopleCorpusCommand.Create(),
    EvalCommand.Create(),
    SpansCommand.Create(),
    RunCommand.Create(),
    DevClusterCommand.Create(),
    DemoCommand.Create(),
};

return await root.Parse(args).InvokeAsync().ConfigureAwait(false);
