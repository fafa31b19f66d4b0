using System.Globalization;

namespace StreamFilter.KafkaBench;

/// <summary>
/// CPU seconds of this process's threads grouped by thread name (Linux /proc/self/task), to show how
/// the stage's CPU splits between the .NET stage thread and librdkafka's threads.
/// </summary>
internal static class ThreadCpu
{
    // USER_HZ: the unit of utime/stime in /proc; 100 on Linux x86-64.
    private const double TicksPerSecond = 100;

    public static Dictionary<string, double> Snapshot()
    {
        var byName = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var task in Directory.EnumerateDirectories("/proc/self/task"))
        {
            try
            {
                var stat = File.ReadAllText(Path.Combine(task, "stat"));
                var name = Group(stat[(stat.IndexOf('(') + 1)..stat.LastIndexOf(')')]);
                // Fields after "(comm) ": state is field 3, utime field 14, stime field 15.
                var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
                var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
                byName[name] = byName.GetValueOrDefault(name) + ticks / TicksPerSecond;
            }
            catch (IOException)
            {
                // The thread ended while we read it.
            }
        }
        return byName;
    }

    public static string Describe(Dictionary<string, double> before, Dictionary<string, double> after)
    {
        var rows = new List<(string Name, double Seconds)>();
        foreach (var (name, seconds) in after)
        {
            var used = seconds - before.GetValueOrDefault(name);
            if (used >= 0.01)
            {
                rows.Add((name, used));
            }
        }
        rows.Sort((a, b) => b.Seconds.CompareTo(a.Seconds));
        return string.Join(", ", rows.ConvertAll(r => string.Create(CultureInfo.InvariantCulture, $"{r.Name} {r.Seconds:F2} s")));
    }

    /// <summary>librdkafka names broker threads per broker; one group per kind keeps the line short.</summary>
    private static string Group(string name) => name.StartsWith("rdk:broker", StringComparison.Ordinal) ? "rdk:broker*" : name;
}
