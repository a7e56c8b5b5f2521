using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace NoteLsp.Core.Metadata;

/// <summary>
/// Passes YAML parsing events through, but drops every mapping entry whose scalar key already
/// appeared in the same mapping and records that key. YamlDotNet's node model rejects a
/// duplicate key with an exception, which would hide every other field of the note. With this
/// filter the first occurrence wins, so the rest of the metadata is still checked.
/// </summary>
internal sealed class DuplicateKeyFilter(IParser inner) : IParser
{
    private readonly Stack<Container> _containers = new();

    /// <summary>The key scalar of each dropped entry, in text order.</summary>
    public List<Scalar> Duplicates { get; } = [];

    public ParsingEvent? Current => inner.Current;

    public bool MoveNext()
    {
        if (!inner.MoveNext())
        {
            return false;
        }

        if (_containers.TryPeek(out Container? mapping) && mapping.IsMapping && mapping.ExpectsKey
            && inner.Current is Scalar key && !mapping.Keys.Add(key.Value))
        {
            Duplicates.Add(key);
            SkipNode();
            return MoveNext();
        }

        Track(inner.Current!);
        return true;
    }

    private void Track(ParsingEvent current)
    {
        switch (current)
        {
            case MappingStart:
                _containers.Push(new Container(IsMapping: true));
                break;
            case SequenceStart:
                _containers.Push(new Container(IsMapping: false));
                break;
            case MappingEnd or SequenceEnd:
                _containers.Pop();
                CompleteNode();
                break;
            case Scalar or AnchorAlias:
                CompleteNode();
                break;
        }
    }

    /// <summary>Flips the enclosing mapping between expecting a key and expecting a value after one whole node.</summary>
    private void CompleteNode()
    {
        if (_containers.TryPeek(out Container? parent) && parent.IsMapping)
        {
            parent.ExpectsKey = !parent.ExpectsKey;
        }
    }

    /// <summary>Consumes the value node that follows the duplicate key, however deep it is.</summary>
    private void SkipNode()
    {
        int depth = 0;
        while (inner.MoveNext())
        {
            switch (inner.Current)
            {
                case MappingStart or SequenceStart:
                    depth++;
                    break;
                case MappingEnd or SequenceEnd:
                    depth--;
                    break;
            }

            if (depth == 0)
            {
                return;
            }
        }
    }

    private sealed class Container(bool IsMapping)
    {
        public bool IsMapping { get; } = IsMapping;

        public bool ExpectsKey { get; set; } = true;

        public HashSet<string> Keys { get; } = new(StringComparer.Ordinal);
    }
}
