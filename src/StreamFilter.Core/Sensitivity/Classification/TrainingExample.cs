namespace StreamFilter.Core.Sensitivity.Classification;

/// <summary>
/// One labelled text for training or evaluation. <see cref="Source"/> names where it came from (file,
/// and the corpus or generator family inside it): reports break down by it, and cross-validation folds
/// hold out whole sources, so a score says how the model does on text from a source it never saw.
/// </summary>
public sealed record TrainingExample(string Text, string Category, string Source = "");
