/**
 * The contract of a kata, read from its stub's declarations with the TypeScript compiler: each
 * element (contract.ts lists the kinds) with the boundary mutation that changes it (mutate.ts).
 */
import path from 'node:path';
import ts from 'typescript';
import type { Mutation, Perturbation, Step } from './mutate';

export interface ContractElement {
  readonly kataId: string;
  /** As the report names it: `fitOLS → coefficients[0]`, `fitOLS options.intercept default`. */
  readonly name: string;
  /** The functions the mutation changes. */
  readonly functions: readonly string[];
  readonly mutation?: Mutation;
  /** Why the element has no mutation (it counts as uncovered). */
  readonly problem?: string;
}

export interface KataContract {
  readonly kataId: string;
  readonly functions: readonly string[];
  readonly elements: readonly ContractElement[];
}

const MAX_DEPTH = 4;

/** The class names in the header's `Errors` paragraph (NotImplementedError aside). */
export function documentedErrors(header: string): string[] {
  const text = header.replace(/^[^\S\n]*\*[^\S\n]?/gm, '');
  const paragraph = /(?:^|\n)Errors\b[\s\S]*?(?=\n[^\S\n]*\n|$)/.exec(text)?.[0] ?? '';
  const names = [...paragraph.matchAll(/\b([A-Z][A-Za-z]*Error)\b/g)].map((m) => m[1] ?? '');
  return [...new Set(names.filter((name) => name !== 'NotImplementedError'))];
}

/** A documented default, parsed: true/false, a number (`100 000` too), a quoted string. */
export function parseDefault(text: string): unknown {
  const value = text
    .trim()
    .replace(/[.,;:]$/, '')
    .replace(/^[`'"]|[`'"]$/g, '');
  if (value === 'true' || value === 'false') return value === 'true';
  const compact = value.replace(/(\d)\s(?=\d{3}\b)/g, '$1');
  if (/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(compact)) return Number(compact);
  return /^[`'"]/.test(text.trim()) ? value : undefined;
}

/** The default of option `name`: from its own doc comment, else from the stub's header. */
export function findDefault(name: string, doc: string, header: string): unknown {
  const own = /\bdefault(?:s to)?\b[:\s]+(?:is\s+)?(`[^`]*`|'[^']*'|[-+\w.]+(?: \d{3})*)/i.exec(
    doc,
  );
  if (own !== null) return parseDefault(own[1] ?? '');
  const text = header.replace(/\n\s*\*\s?/g, ' ');
  const n = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const value = "('[^']*'|[-+\\w.]+(?: \\d{3})*)";
  const patterns = [
    `[{,]\\s*${n}\\s*=\\s*${value}`,
    `\`${n}\`\\s*\\(default\\s+${value}\\)`,
    `\`${n}:\\s*([^\`]+)\`,?\\s*(?:is\\s+)?the default`,
    `\\b${n}\\s*\\(default\\s+${value}\\)`,
    `\\bdefault ${n}\\s+${value}`,
  ];
  return patterns
    .map((pattern) => parseDefault(new RegExp(pattern).exec(text)?.[1] ?? ''))
    .find((found) => found !== undefined);
}

/** Another value than `fallback` of the same kind: a number ×2 (+1 for 0), a boolean flipped, another literal. */
export function otherValue(value: unknown, literals: readonly string[]): unknown {
  if (typeof value === 'boolean') return !value;
  if (typeof value === 'number') return value === 0 ? 1 : value * 2;
  if (typeof value === 'string') return literals.find((literal) => literal !== value);
  return undefined;
}

/** One exported function under analysis. */
type At = { checker: ts.TypeChecker; header: string; kataId: string; fn: string; node: ts.Node };

const members = (type: ts.Type): ts.Type[] => (type.isUnion() ? type.types : [type]);
const allOf =
  (flags: ts.TypeFlags) =>
  (type: ts.Type): boolean =>
    members(type).every((t) => (t.flags & flags) !== 0);
const isNumber = allOf(ts.TypeFlags.NumberLike);
const isBoolean = allOf(ts.TypeFlags.BooleanLike);
const isString = allOf(ts.TypeFlags.StringLike);
const stringLiterals = (type: ts.Type): string[] =>
  members(type).flatMap((t) => (t.isStringLiteral() ? [t.value] : []));
const isFunction = (type: ts.Type): boolean => type.getCallSignatures().length > 0;
const isObject = (type: ts.Type): boolean =>
  (type.flags & (ts.TypeFlags.Object | ts.TypeFlags.Intersection)) !== 0 && !isFunction(type);

function arrayElement(checker: ts.TypeChecker, type: ts.Type): ts.Type | undefined {
  const array = members(type).find((t) => checker.isArrayType(t) || checker.isTupleType(t));
  return array && checker.getTypeArguments(array as ts.TypeReference)[0];
}

const elementOf = (
  { kataId, fn }: At,
  name: string,
  change: Pick<ContractElement, 'mutation' | 'problem'>,
): ContractElement => ({ kataId, name, functions: [fn], ...change });

/** How the report names the value `path` leads to: `coefficients`, `path[].step`, `predict()`. */
const labelOf = (path: readonly Step[]): string =>
  path
    .map((step) => ('each' in step ? '[]' : 'call' in step ? `.${step.call}()` : `.${step.field}`))
    .join('')
    .replace(/^\./, '');

/** The fields of a result type, each with the perturbation that changes it. */
function resultElements(at: At, type: ts.Type, path: readonly Step[]): ContractElement[] {
  const { checker, fn } = at;
  const label = labelOf(path);
  const deeper = path.filter((step) => !('each' in step)).length < MAX_DEPTH;
  const element = (suffix: string, perturb: Perturbation): ContractElement =>
    elementOf(at, `${fn} → ${`${label}${suffix}`.trim() || 'result'}`, {
      mutation: { kind: 'field', fn, path, perturb },
    });
  const t = checker.getNonNullableType(type);
  if (isNumber(t)) return [element('', { kind: 'number' })];
  if (isBoolean(t)) return [element('', { kind: 'boolean' })];
  if (isString(t)) {
    const literals = stringLiterals(t);
    return [
      element('', { kind: 'string', ...(literals.length > 0 ? { alternatives: literals } : {}) }),
    ];
  }
  const inner = arrayElement(checker, t);
  if (inner === undefined) return isObject(t) && deeper ? objectElements(at, t, path) : [];
  const e = checker.getNonNullableType(inner);
  const row = arrayElement(checker, e);
  if (isNumber(e) || isBoolean(e) || (row && isNumber(checker.getNonNullableType(row))))
    return [element('[0]', { kind: 'first' }), element('[last]', { kind: 'last' })];
  if (isString(e)) return [element(' (last entry dropped)', { kind: 'dropLast' })];
  if (!isObject(e) || !deeper) return [];
  return [
    element(' (order reversed)', { kind: 'reverse' }),
    ...objectElements(at, e, [...path, { each: true }]),
  ];
}

/** Each property of an object result; a method stands for the value it returns. */
function objectElements(at: At, type: ts.Type, path: readonly Step[]): ContractElement[] {
  const { checker, node } = at;
  return checker.getPropertiesOfType(type).flatMap((property) => {
    const { name } = property;
    const t = checker.getNonNullableType(checker.getTypeOfSymbolAtLocation(property, node));
    const signature = t.getCallSignatures()[0];
    return signature === undefined
      ? resultElements(at, t, [...path, { field: name }])
      : resultElements(at, checker.getReturnTypeOfSignature(signature), [...path, { call: name }]);
  });
}

const isArrayInput = (checker: ts.TypeChecker, type: ts.Type): boolean =>
  arrayElement(checker, checker.getNonNullableType(type)) !== undefined;

/** The array inputs of one parameter, the defaults of its options and `intercept: false`. */
function parameterElements(
  at: At,
  parameter: ts.ParameterDeclaration,
  param: number,
): ContractElement[] {
  const { checker, fn, header } = at;
  const name = parameter.name.getText();
  const unchanged = (fields?: string[]): ContractElement =>
    elementOf(at, `${fn}(${name}) unchanged`, {
      mutation: { kind: 'input', fn, param, ...(fields === undefined ? {} : { fields }) },
    });
  const type = checker.getNonNullableType(checker.getTypeAtLocation(parameter));
  if (isArrayInput(checker, type)) return [unchanged()];
  if (!isObject(type)) return [];
  const properties = checker
    .getPropertiesOfType(type)
    .map((property) => ({
      property,
      type: checker.getNonNullableType(checker.getTypeOfSymbolAtLocation(property, parameter)),
    }))
    .filter((entry) => !isFunction(entry.type));
  // Every array field of an object input changes at once: one element per parameter.
  const arrays = properties.filter((entry) => isArrayInput(checker, entry.type));
  const options = properties.filter(
    (entry) =>
      !isArrayInput(checker, entry.type) && (entry.property.flags & ts.SymbolFlags.Optional) !== 0,
  );
  return [
    ...(arrays.length === 0 ? [] : [unchanged(arrays.map((entry) => entry.property.name))]),
    ...options.flatMap(({ property, type: optionType }) => {
      const option = `${fn} ${name}.${property.name} default`;
      const doc = ts.displayPartsToString(property.getDocumentationComment(checker));
      const fallback = findDefault(property.name, doc, header);
      const other = otherValue(fallback, stringLiterals(optionType));
      const element =
        fallback === undefined
          ? elementOf(at, option, {
              problem: 'no documented default (state it in the option’s comment or the header)',
            })
          : other === undefined
            ? elementOf(at, option, {
                problem: `no other value than the default ${JSON.stringify(fallback)} to try`,
              })
            : elementOf(at, `${option} (${JSON.stringify(fallback)})`, {
                mutation: { kind: 'default', fn, param, field: property.name, value: other },
              });
      if (property.name !== 'intercept' || !isBoolean(optionType)) return [element];
      const intercept = elementOf(at, `${fn} intercept: false`, {
        mutation: { kind: 'intercept', fn, param },
      });
      return [element, intercept];
    }),
  ];
}

/** The contract of every stub (its path relative to the root, its content as committed), read in one TypeScript program. */
export function readContracts(
  root: string,
  stubs: readonly { kataId: string; stub: string; content: string }[],
): KataContract[] {
  const byFile = new Map(stubs.map((stub) => [path.join(root, stub.stub), stub]));
  const options: ts.CompilerOptions = {
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    strict: true,
    // The declarations need Array, ReadonlyArray and Record only: ES5's library is enough, and
    // parsing the later ones would double the time the program takes.
    lib: ['lib.es5.d.ts'],
    types: [],
  };
  const host = ts.createCompilerHost(options, true);
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (file, language, onError, create) => {
    const stub = byFile.get(path.resolve(file));
    return stub === undefined
      ? getSourceFile(file, language, onError, create)
      : ts.createSourceFile(file, stub.content, language, true);
  };
  const program = ts.createProgram([...byFile.keys()], options, host);
  const checker = program.getTypeChecker();
  return stubs.map(({ kataId, stub, content }) => {
    const source = program.getSourceFile(path.join(root, stub));
    if (source === undefined) return { kataId, functions: [], elements: [] };
    const header = /^\s*\/\*\*[\s\S]*?\*\//.exec(content)?.[0] ?? '';
    const declarations = source.statements.filter(
      (statement): statement is ts.FunctionDeclaration =>
        ts.isFunctionDeclaration(statement) &&
        (ts.getCombinedModifierFlags(statement) & ts.ModifierFlags.Export) !== 0 &&
        statement.name !== undefined,
    );
    const functions = declarations.map((declaration) => declaration.name?.text ?? '?');
    const elements = declarations.flatMap((node, f) => {
      const at: At = { checker, header, kataId, fn: functions[f] ?? '?', node };
      const signature = checker.getSignatureFromDeclaration(node);
      return [
        ...node.parameters.flatMap((parameter, index) => parameterElements(at, parameter, index)),
        ...(signature === undefined
          ? []
          : resultElements(at, checker.getReturnTypeOfSignature(signature), [])),
      ];
    });
    const errors = documentedErrors(header).map((error): ContractElement => ({
      kataId,
      name: `throws ${error}`,
      functions,
      mutation: { kind: 'error', error },
    }));
    return { kataId, functions, elements: [...elements, ...errors] };
  });
}
