using System.CommandLine;
using StreamFilter.Cli.Commands;
using StreamFilter.Core.Rules;

namespace StreamFilter.Cli.Tests.Commands;

public sealed class RulesCommandTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "sf-cli-rules-" + Guid.NewGuid().ToString("N"));

    public RulesCommandTests() => Directory.CreateDirectory(_dir);

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static (int Exit, string Output, string Error) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var root = new RootCommand { RulesCommand.Create() };
        var exit = root.Parse(args).Invoke(new InvocationConfiguration { Output = output, Error = error });
        return (exit, output.ToString(), error.ToString());
    }

    private string Write(string content)
    {
        var path = Path.Combine(_dir, "rules.yaml");
        File.WriteAllText(path, content);
        return path;
    }

    [Fact]
    public void Check_accepts_a_valid_file()
    {
        var path = Write("version: v7\ndetectors:\n  email: {enabled: false}\n");

        var (exit, output, error) = Run("rules", "check", path);

        Assert.Equal(0, exit);
        Assert.Contains($"{path}: valid (version v7+", output, StringComparison.Ordinal);
        Assert.Empty(error);
    }

    [Fact]
    public void Check_refuses_a_broken_file_with_exit_2_and_every_error()
    {
        var path = Write("detectors:\n  nope: {enabled: false}\nentities:\n  US_SSN: shred\n");

        var (exit, _, error) = Run("rules", "check", path);

        Assert.Equal(RulesCommand.ExitInvalid, exit);
        Assert.Contains($"{path}:2: detector 'nope': unknown detector", error, StringComparison.Ordinal);
        Assert.Contains($"{path}:4: entity 'US_SSN': unknown operator 'shred'", error, StringComparison.Ordinal);
        Assert.Contains("refused, 2 error(s)", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_of_a_missing_file_exits_2()
    {
        var (exit, _, error) = Run("rules", "check", Path.Combine(_dir, "absent.yaml"));

        Assert.Equal(RulesCommand.ExitInvalid, exit);
        Assert.Contains("cannot read the rules file", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Defaults_prints_a_valid_rules_file_with_the_detector_table()
    {
        var (exit, output, _) = Run("rules", "defaults");

        Assert.Equal(0, exit);
        Assert.StartsWith(DefaultRulesFile.Text, output, StringComparison.Ordinal);
        Assert.Contains("#     US_SSN: threshold 0.5, context: ssn", output, StringComparison.Ordinal);
        Assert.Equal(0, Run("rules", "check", Write(output)).Exit);
    }
}
