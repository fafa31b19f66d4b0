using System.CommandLine;
using System.Text.Json;
using StreamFilter.Cli.Commands;

namespace StreamFilter.Cli.Tests.Commands;

public sealed class TrainEvalCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("sf-train-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static (int Exit, string Output, string Error) Run(params string[] args)
    {
        var root = new RootCommand { TrainCommand.Create(), EvalCommand.Create() };
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = root.Parse(args).Invoke(new InvocationConfiguration { Output = output, Error = error });
        return (exit, output.ToString(), error.ToString());
    }

    /// <summary>Two clearly separable categories; every 8th record (covering each sentence once) is held out explicitly.</summary>
    private string WriteCategoryFile()
    {
        string[] work = ["deploy the build to staging", "review the pull request", "the unit tests fail on main", "restart the api pods", "merge the refactor branch"];
        string[] tax = ["my tax refund from the irs", "file the 1040 tax return", "claim the tax deduction", "owe the irs back taxes", "w-2 tax withholding form"];
        var path = Path.Combine(_dir, "labelled.jsonl");
        var lines = new List<string>();
        for (var i = 0; i < 40; i++)
        {
            lines.Add(JsonSerializer.Serialize(new { text = work[i % 5] + " " + i, label = "work", heldout = i % 8 == 0 }));
            lines.Add(JsonSerializer.Serialize(new { text = tax[i % 5] + " " + i, label = "tax", heldout = i % 8 == 0 }));
        }
        lines.Add("""{"text":"win a prize now","label":"spam"}""");
        File.WriteAllLines(path, lines);
        return path;
    }

    [Fact]
    public void Train_writes_a_reproducible_model_and_eval_scores_its_held_out_split()
    {
        var data = WriteCategoryFile();
        var first = Path.Combine(_dir, "a.sfm");
        var second = Path.Combine(_dir, "b.sfm");
        var train = Run("train", "--data", data, "--out", first, "--seed", "3", "--trainer", "auto", "--folds", "2", "--bucket-bits", "14");
        Assert.Equal(0, train.Exit);
        Assert.Contains("skipped 1 records labelled 'spam'", train.Output, StringComparison.Ordinal);
        Assert.Contains("macro-F1", train.Output, StringComparison.Ordinal);
        Assert.Contains("chosen by cross-validation", train.Output, StringComparison.Ordinal);
        Assert.Equal(0, Run("train", "--data", data, "--out", second, "--seed", "3", "--trainer", "auto", "--folds", "2", "--bucket-bits", "14").Exit);
        Assert.Equal(File.ReadAllBytes(first), File.ReadAllBytes(second));

        var eval = Run("eval", "--model", first, "--data", data, "--json");
        Assert.Equal(0, eval.Exit);
        using var report = JsonDocument.Parse(eval.Output);
        Assert.Equal(10, report.RootElement.GetProperty("examples").GetInt32());
        Assert.Equal(1.0, report.RootElement.GetProperty("macro_f1").GetDouble(), 3);
        Assert.Equal(5, report.RootElement.GetProperty("confusion").GetProperty("tax").GetProperty("tax").GetInt32());
    }

    [Fact]
    public void Eval_scores_spans_per_entity_and_lists_unmapped_labels()
    {
        var path = Path.Combine(_dir, "spans.jsonl");
        File.WriteAllLines(path,
        [
            """{"text":"Ann's SSN is 536-22-4871, mail ann@example.org","spans":[{"start":0,"end":3,"label":"PERSON"},{"start":13,"end":24,"label":"US_SSN"},{"start":31,"end":46,"label":"EMAIL_ADDRESS"}]}""",
            """{"text":"nothing here","spans":[]}""",
        ]);
        var eval = Run("eval", "--data", path, "--json");
        Assert.Equal(0, eval.Exit);
        using var report = JsonDocument.Parse(eval.Output);
        var entities = report.RootElement.GetProperty("entities");
        Assert.Equal(1, entities.GetProperty("US_SSN").GetProperty("tp").GetInt32());
        Assert.Equal(0, entities.GetProperty("US_SSN").GetProperty("fp").GetInt32());
        Assert.Equal(1, entities.GetProperty("EMAIL_ADDRESS").GetProperty("tp").GetInt32());
        Assert.Equal(1, report.RootElement.GetProperty("unmapped_labels").GetProperty("PERSON").GetInt32());
    }

    [Fact]
    public void Eval_refuses_a_corrupt_model_and_a_bad_mapping_with_exit_code_2()
    {
        var data = WriteCategoryFile();
        var model = Path.Combine(_dir, "broken.sfm");
        File.WriteAllText(model, "not a model");
        var corrupt = Run("eval", "--model", model, "--data", data);
        Assert.Equal(2, corrupt.Exit);
        Assert.Contains("broken.sfm", corrupt.Error, StringComparison.Ordinal);
        Assert.Equal(2, Run("eval", "--data", data, "--labels", "NOEQUALS").Exit);
    }

    [Fact]
    public void Train_refuses_a_malformed_line_naming_file_and_line()
    {
        var path = Path.Combine(_dir, "bad.jsonl");
        File.WriteAllLines(path, ["""{"text":"ok","label":"work"}""", "{not json"]);
        var train = Run("train", "--data", path, "--out", Path.Combine(_dir, "m.sfm"));
        Assert.Equal(2, train.Exit);
        Assert.Contains("bad.jsonl:2", train.Error, StringComparison.Ordinal);
    }
}
