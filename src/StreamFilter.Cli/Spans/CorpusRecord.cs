namespace StreamFilter.Cli.Spans;

/// <summary>One record of a peer-harness corpus: its id exactly as written (raw JSON) and its text.</summary>
internal readonly record struct CorpusRecord(string IdJson, string Text);
