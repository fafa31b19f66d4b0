namespace StreamFilter.Kafka.Native;

/// <summary>
/// Loads the native Kafka client once per process. Confluent.Kafka 1.9.3 looks for the library in its
/// own runtimes/ folder (librdkafka.redist, which we do not ship); Debian installs it as
/// librdkafka.so.1, so both Confluent.Kafka and our mock-cluster P/Invoke layer are pointed there.
/// </summary>
public static class Librdkafka
{
    /// <summary>The soname every P/Invoke in this assembly binds to.</summary>
    public const string LibraryName = "librdkafka.so.1";

    /// <summary>Where Debian's librdkafka1 package puts it, tried when the loader's search path does not find the soname.</summary>
    public const string DebianPath = "/usr/lib/x86_64-linux-gnu/librdkafka.so.1";

    private static readonly Lock Gate = new();
    private static bool loaded;

    /// <summary>Call before creating any Kafka client. Safe to call repeatedly and from any thread.</summary>
    /// <exception cref="DllNotFoundException">librdkafka is not installed; the message says what to install.</exception>
    public static void EnsureLoaded()
    {
        lock (Gate)
        {
            if (loaded)
            {
                return;
            }
            var path = File.Exists(DebianPath) ? DebianPath : LibraryName;
            try
            {
                Confluent.Kafka.Library.Load(path);
            }
            catch (Exception ex) when (ex is DllNotFoundException or InvalidOperationException or BadImageFormatException)
            {
                throw new DllNotFoundException($"Cannot load the native Kafka client ({path}): install librdkafka (Debian: apt-get install librdkafka1).", ex);
            }
            loaded = true;
        }
    }

    /// <summary>The librdkafka version actually loaded, e.g. "2.0.2".</summary>
    public static string Version
    {
        get
        {
            EnsureLoaded();
            return Confluent.Kafka.Library.VersionString;
        }
    }
}
