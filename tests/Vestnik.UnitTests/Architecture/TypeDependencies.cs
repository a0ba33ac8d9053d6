using Mono.Cecil;
using Mono.Cecil.Cil;

namespace Vestnik.UnitTests.Architecture;

/// <summary>
/// Which types each top-level type of an assembly uses, read from its compiled form with Mono.Cecil: base types,
/// members' signatures, attributes and every type, method and field a method body touches. Nested and
/// compiler-generated types (lambdas, async state machines, Razor view classes' helpers) count for the type that
/// declares them, so a dependency hidden in a lambda is still found.
/// </summary>
public sealed class TypeDependencies
{
    private readonly Dictionary<string, HashSet<string>> _uses = new(StringComparer.Ordinal);

    public TypeDependencies(string assemblyPath)
    {
        using var module = ModuleDefinition.ReadModule(assemblyPath);
        foreach (var type in module.Types)
        {
            var uses = new HashSet<string>(StringComparer.Ordinal);
            Collect(type, uses);
            uses.Remove(type.FullName);
            _uses[type.FullName] = uses;
        }
    }

    /// <summary>Full names (<c>Namespace.Name</c>) of the assembly's top-level types.</summary>
    public IEnumerable<string> Types => _uses.Keys;

    /// <summary>The top-level types <paramref name="type"/> uses, by full name.</summary>
    public IReadOnlySet<string> UsedBy(string type) => _uses.TryGetValue(type, out var uses) ? uses : new HashSet<string>();

    private static void Collect(TypeDefinition type, HashSet<string> uses)
    {
        Add(type.BaseType, uses);
        foreach (var contract in type.Interfaces)
        {
            Add(contract.InterfaceType, uses);
        }
        AddAttributes(type.CustomAttributes, uses);
        foreach (var field in type.Fields)
        {
            Add(field.FieldType, uses);
            AddAttributes(field.CustomAttributes, uses);
        }
        foreach (var property in type.Properties)
        {
            Add(property.PropertyType, uses);
            AddAttributes(property.CustomAttributes, uses);
        }
        foreach (var method in type.Methods)
        {
            CollectMethod(method, uses);
        }
        foreach (var nested in type.NestedTypes)
        {
            Collect(nested, uses);
        }
    }

    private static void CollectMethod(MethodDefinition method, HashSet<string> uses)
    {
        Add(method.ReturnType, uses);
        AddAttributes(method.CustomAttributes, uses);
        foreach (var parameter in method.Parameters)
        {
            Add(parameter.ParameterType, uses);
        }
        if (!method.HasBody)
        {
            return;
        }
        foreach (var variable in method.Body.Variables)
        {
            Add(variable.VariableType, uses);
        }
        foreach (var instruction in method.Body.Instructions)
        {
            AddOperand(instruction, uses);
        }
    }

    private static void AddOperand(Instruction instruction, HashSet<string> uses)
    {
        switch (instruction.Operand)
        {
            case TypeReference type:
                Add(type, uses);
                break;
            case MethodReference called:
                Add(called.DeclaringType, uses);
                Add(called.ReturnType, uses);
                foreach (var parameter in called.Parameters)
                {
                    Add(parameter.ParameterType, uses);
                }
                if (called is GenericInstanceMethod generic)
                {
                    foreach (var argument in generic.GenericArguments)
                    {
                        Add(argument, uses);
                    }
                }
                break;
            case FieldReference field:
                Add(field.DeclaringType, uses);
                Add(field.FieldType, uses);
                break;
        }
    }

    private static void AddAttributes(IEnumerable<CustomAttribute> attributes, HashSet<string> uses)
    {
        foreach (var attribute in attributes)
        {
            Add(attribute.AttributeType, uses);
            foreach (var argument in attribute.ConstructorArguments)
            {
                Add(argument.Value as TypeReference, uses);
            }
        }
    }

    private static void Add(TypeReference? type, HashSet<string> uses)
    {
        switch (type)
        {
            case null or GenericParameter:
                return;
            case GenericInstanceType generic:
                Add(generic.ElementType, uses);
                foreach (var argument in generic.GenericArguments)
                {
                    Add(argument, uses);
                }
                return;
            case TypeSpecification wrapper:
                // Arrays, by-ref parameters, pointers, modifiers: the dependency is on what they wrap.
                Add(wrapper.ElementType, uses);
                return;
        }
        while (type.DeclaringType is { } outer)
        {
            type = outer;
        }
        uses.Add(type.FullName);
    }
}
