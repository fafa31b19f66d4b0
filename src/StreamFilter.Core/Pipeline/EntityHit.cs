using StreamFilter.Core.Detection;

namespace StreamFilter.Core.Pipeline;

/// <summary>
/// A finding placed in its event: which field (and OCR block) it was in, offsets in UTF-16 code units
/// of the original field value, end exclusive. Holds no value.
/// </summary>
public readonly record struct EntityHit(string EntityType, TextField Field, int BlockIndex, int Start, int End, float Score)
{
    public static EntityHit From(in Finding f, TextField field, int blockIndex) => new(f.EntityType, field, blockIndex, f.Start, f.End, f.Score);

    /// <summary>The field's name in output JSON: <c>text</c>, <c>window_title</c>, <c>blocks[2].text</c>.</summary>
    public string FieldName => FieldNames.Of(Field, BlockIndex);
}
