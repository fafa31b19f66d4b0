namespace StreamFilter.Core.Detection.People;

internal enum NameTokenKind : byte
{
    /// <summary>A capitalised word: "Dana", "O'Neil", "McKenzie".</summary>
    Capitalised,

    /// <summary>A single capital, with or without its dot: the "J." of "Szabina J. Gelencsér".</summary>
    Initial,

    /// <summary>A lower-case surname particle between capitalised words: "van", "de", "bin".</summary>
    Particle,
}

/// <summary>One word of a candidate name run, with its folded hash and what the lexicon says about it.</summary>
internal struct NameToken
{
    public int Start;
    public int End;
    public NameTokenKind Kind;
    public ulong Hash;
    public NameEntry Entry;
}
