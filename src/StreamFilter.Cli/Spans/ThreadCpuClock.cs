using System.Diagnostics;
using System.Runtime.InteropServices;

namespace StreamFilter.Cli.Spans;

/// <summary>
/// CPU time consumed by the calling thread. On Linux it comes from clock_gettime(CLOCK_THREAD_CPUTIME_ID)
/// (nanosecond resolution, this thread only: not the JIT's background compiles); Process.TotalProcessorTime
/// elsewhere, which on Linux would tick in 10 ms steps, too coarse for a pass of a few milliseconds.
/// </summary>
internal static partial class ThreadCpuClock
{
    private const int ClockThreadCpuTimeId = 3;

    public static TimeSpan Now()
    {
        if (OperatingSystem.IsLinux() && clock_gettime(ClockThreadCpuTimeId, out var t) == 0)
        {
            return TimeSpan.FromTicks(t.Seconds * TimeSpan.TicksPerSecond + t.Nanoseconds / 100);
        }
        using var self = Process.GetCurrentProcess();
        return self.TotalProcessorTime;
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [DllImport("libc", EntryPoint = "clock_gettime")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int clock_gettime(int clockId, out TimeSpec time);
}
