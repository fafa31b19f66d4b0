using System.Runtime.InteropServices;

namespace StreamFilter.Kafka.Native;

/// <summary>
/// Loads the native Kafka client once per process. Confluent.Kafka 1.9.3 looks for the library in its
/// own runtimes/ folder (librdkafka.redist, which we do not ship) and, given a path, opens it through
/// "libdl", a name only the glibc development package provides. DllImport resolvers on Confluent.Kafka
/// and on this assembly map both names, so every call in the process goes to the one library chosen
/// here (<see cref="ChoosePath"/>).
/// </summary>
public static class Librdkafka
{
    /// <summary>The soname every P/Invoke in this assembly binds to.</summary>
    public const string LibraryName = "librdkafka.so.1";

    /// <summary>Environment variable naming the library file to load, ahead of every default.</summary>
    public const string PathVariable = "STREAMFILTER_LIBRDKAFKA";

    /// <summary>Where Debian's librdkafka1 package puts it: 2.0.2 on Debian 12, the version the tests run on.</summary>
    public const string DebianPath = "/usr/lib/x86_64-linux-gnu/librdkafka.so.1";

    private static readonly Lock Gate = new();
    private static bool loaded;

    /// <summary>
    /// The library file to load: <see cref="PathVariable"/> when set (another build, at the operator's
    /// choice), else <see cref="DebianPath"/> when it exists, else the soname for the loader's own
    /// search. Debian's file is named rather than searched for so that a second copy elsewhere on the
    /// loader's path (a source build in /usr/local/lib, say) cannot replace the version the tests ran on.
    /// </summary>
    public static string ChoosePath(string? configured, Func<string, bool> exists)
    {
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return configured;
        }
        return exists(DebianPath) ? DebianPath : LibraryName;
    }

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
            var path = ChoosePath(Environment.GetEnvironmentVariable(PathVariable), File.Exists);
            try
            {
                var handle = NativeLibrary.Load(path);
                NativeLibrary.SetDllImportResolver(typeof(Confluent.Kafka.Library).Assembly, (name, assembly, searchPath) => name switch
                {
                    "libdl" => NativeLibrary.Load("libdl.so.2"),
                    "librdkafka" => handle,
                    _ => IntPtr.Zero,
                });
                NativeLibrary.SetDllImportResolver(typeof(Librdkafka).Assembly, (name, assembly, searchPath) =>
                    name == LibraryName ? handle : IntPtr.Zero);
                Confluent.Kafka.Library.Load(path);
            }
            catch (Exception ex) when (ex is DllNotFoundException or InvalidOperationException or BadImageFormatException)
            {
                throw new DllNotFoundException($"Cannot load the native Kafka client ({path}): install librdkafka (Debian: apt-get install librdkafka1) or name the file in {PathVariable}.", ex);
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
