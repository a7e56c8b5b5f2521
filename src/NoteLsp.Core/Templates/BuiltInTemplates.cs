namespace NoteLsp.Core.Templates;

/// <summary>The templates every vault has. A vault template with the same name replaces one.</summary>
public static class BuiltInTemplates
{
    public const string ConceptName = "concept";

    public const string BuiltInSource = "built-in";

    /// <summary>
    /// The concept note: title, metadata block, prerequisites and related notes, the emoji
    /// sections and the review footer. The placeholder difficulty and duration are valid values
    /// for the user to adjust.
    /// </summary>
    public static NoteTemplate Concept { get; } = new(ConceptName, ConceptText, BuiltInSource);

    public static IReadOnlyList<NoteTemplate> All { get; } = [Concept];

    private const string ConceptText = """
        # {{title}}

        ## 📋 Metadata

        ```yaml
        tags: [{{tags}}]
        created: {{date}}
        difficulty: ⭐⭐ (2/5)
        time-to-master: 30min
        ```

        **Prerequisites**: None (foundational)
        **Related to**: {{related}}

        ---

        ## 🎯 TL;DR (30 seconds)

        > What {{topic}} is, in two or three sentences.
        >
        > **Analogy**: a comparison from everyday life.

        ---

        ## 🤔 When to Use?

        ### ✅ Good for
        - **Use case**: why it fits

        ### ❌ Bad for
        - **Use case**: why something else fits better

        ---

        ## 📚 Key Concepts

        ### 1. First concept

        **My understanding**:
        > The idea in one sentence, then the details.

        **Why important**:
        > What this explains or makes possible.

        ---

        ## 💻 Minimal Example

        ### Context
        What the example shows.

        ### Code

        ```bash
        # The smallest example that works
        ```

        **Output**: what running it shows.

        ---

        ## ⚠️ Pitfalls Experienced

        ### Pitfall 1: Short description

        **Symptom**: what went wrong.

        **What I did wrong**:
        > The mistake.

        **Why wrong**:
        > The reason.

        **Solution**:
        > The fix.

        **Time wasted**: 0 minutes
        **Lesson**: the rule to remember.

        ---

        ## 🧠 Retrieval Practice

        Test your understanding without looking back:

        <details>
        <summary><strong>Q1:</strong> A question about {{topic}}?</summary>

        **Answer**: The answer.
        </details>

        ---

        ## 📊 Stats

        ```yaml
        Total time: 0min
        Status: 🟡 Learning
        Used in: []
        ```

        ---

        **Last update**: {{date}}
        **Next review**: {{next-review}} ({{review-interval}})

        """;
}
