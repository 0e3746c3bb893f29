/**
 * The contract of a kata, read from its stub's own declarations with the TypeScript compiler:
 * for each exported function, its options (every optional field of an object parameter, with
 * the default its doc comment or the stub's header documents), `intercept: false` where the
 * options accept `intercept`, the fields of its result (recursively through nested objects,
 * arrays of objects and the values a returned method gives), its array inputs (which must not
 * change), and the error classes the header's `Errors` paragraph names. Each element carries
 * the boundary mutation that changes it (mutate.ts); an element that cannot be mutated (an
 * option whose default no comment states) carries the problem instead, and counts as uncovered.
 */
import path from 'node:path';
import ts from 'typescript';
import type { Mutation, Perturbation, Step } from './mutate';

export interface ContractElement {
  readonly kataId: string;
  /** How the report names it: `fitOLS → coefficients[0]`, `fitOLS options.intercept default`. */
  readonly name: string;
  /** The functions the mutation changes. */
  readonly functions: readonly string[];
  readonly mutation?: Mutation;
  /** Why the element has no mutation (it counts as uncovered). */
  readonly problem?: string;
}

export interface StubSource {
  readonly kataId: string;
  /** Relative to the root. */
  readonly stub: string;
  /** The stub as committed. */
  readonly content: string;
}

export interface KataContract {
  readonly kataId: string;
  readonly functions: readonly string[];
  readonly elements: readonly ContractElement[];
}

const MAX_DEPTH = 4;

/** The class names in the header's `Errors` paragraph (NotImplementedError aside). */
export function documentedErrors(header: string): string[] {
  const lines = header.split('\n').map((line) => line.replace(/^\s*\*\s?/, ''));
  const start = lines.findIndex((line) => /^Errors\b/.test(line));
  if (start < 0) return [];
  const end = lines.findIndex((line, i) => i > start && line.trim() === '');
  const paragraph = lines.slice(start, end < 0 ? undefined : end).join(' ');
  const names = [...paragraph.matchAll(/\b([A-Z][A-Za-z]*Error)\b/g)].map(
    (match) => match[1] ?? '',
  );
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
  if (/^[`'"]/.test(text.trim())) return value;
  return undefined;
}

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The default of option `name`: from its own doc comment, else from the stub's header. */
export function findDefault(name: string, doc: string, header: string): unknown {
  const own = /\bdefault(?:s to)?\b[:\s]+(?:is\s+)?(`[^`]*`|'[^']*'|[-+\w.]+(?: \d{3})*)/i.exec(
    doc,
  );
  if (own !== null) return parseDefault(own[1] ?? '');
  const text = header.replace(/\n\s*\*\s?/g, ' ');
  const n = escape(name);
  const patterns = [
    new RegExp(`[{,]\\s*${n}\\s*=\\s*('[^']*'|[-+\\w.]+(?: \\d{3})*)`),
    new RegExp(`\`${n}\`\\s*\\(default\\s+('[^']*'|[-+\\w.]+(?: \\d{3})*)\\)`),
    new RegExp(`\`${n}:\\s*([^\`]+)\`,?\\s*(?:is\\s+)?the default`),
    new RegExp(`\\b${n}\\s*\\(default\\s+('[^']*'|[-+\\w.]+(?: \\d{3})*)\\)`),
    new RegExp(`\\bdefault ${n}\\s+('[^']*'|[-+\\w.]+(?: \\d{3})*)`),
  ];
  for (const pattern of patterns) {
    const match = pattern.exec(text);
    if (match !== null) {
      const value = parseDefault(match[1] ?? '');
      if (value !== undefined) return value;
    }
  }
  return undefined;
}

/** Another value than `fallback` of the same kind: a number ×2 (+1 for 0), a boolean flipped, another literal. */
export function otherValue(value: unknown, literals: readonly string[]): unknown {
  if (typeof value === 'boolean') return !value;
  if (typeof value === 'number') return value === 0 ? 1 : value * 2;
  if (typeof value === 'string') return literals.find((literal) => literal !== value);
  return undefined;
}

interface Analysis {
  readonly checker: ts.TypeChecker;
  readonly header: string;
  readonly kataId: string;
}

/** The analysis of one exported function: its name and declaration. */
interface InFunction extends Analysis {
  readonly fn: string;
  readonly node: ts.Node;
}

const nonNull = (checker: ts.TypeChecker, type: ts.Type): ts.Type =>
  checker.getNonNullableType(type);

function members(type: ts.Type): ts.Type[] {
  return type.isUnion() ? type.types : [type];
}

const isNumber = (type: ts.Type): boolean =>
  members(type).every((t) => (t.flags & ts.TypeFlags.NumberLike) !== 0);
const isBoolean = (type: ts.Type): boolean =>
  members(type).every((t) => (t.flags & ts.TypeFlags.BooleanLike) !== 0);
const isString = (type: ts.Type): boolean =>
  members(type).every((t) => (t.flags & ts.TypeFlags.StringLike) !== 0);
const stringLiterals = (type: ts.Type): string[] =>
  members(type).flatMap((t) => (t.isStringLiteral() ? [t.value] : []));

function arrayElement(checker: ts.TypeChecker, type: ts.Type): ts.Type | undefined {
  const arrays = members(type).filter((t) => checker.isArrayType(t) || checker.isTupleType(t));
  const first = arrays[0];
  if (first === undefined) return undefined;
  return checker.getTypeArguments(first as ts.TypeReference)[0];
}

const isFunction = (type: ts.Type): boolean => type.getCallSignatures().length > 0;
const isObject = (type: ts.Type): boolean =>
  (type.flags & (ts.TypeFlags.Object | ts.TypeFlags.Intersection)) !== 0 && !isFunction(type);

/** An element of one function: its mutation, or the problem that leaves it without one. */
const elementOf = (
  { kataId, fn }: InFunction,
  name: string,
  change: Pick<ContractElement, 'mutation' | 'problem'>,
): ContractElement => ({ kataId, name, functions: [fn], ...change });

/** The fields of a result type, each with the perturbation that changes it. */
function resultElements(
  at: InFunction,
  type: ts.Type,
  path: readonly Step[],
  label: string,
  depth: number,
): ContractElement[] {
  const { checker, fn } = at;
  const element = (suffix: string, perturb: Perturbation): ContractElement =>
    elementOf(at, `${fn} → ${`${label}${suffix}`.trim() || 'result'}`, {
      mutation: { kind: 'field', fn, path, perturb },
    });
  const t = nonNull(checker, type);
  if (isNumber(t)) return [element('', { kind: 'number' })];
  if (isBoolean(t)) return [element('', { kind: 'boolean' })];
  if (isString(t)) {
    const literals = stringLiterals(t);
    return [
      element('', { kind: 'string', ...(literals.length > 0 ? { alternatives: literals } : {}) }),
    ];
  }
  const inner = arrayElement(checker, t);
  if (inner !== undefined) {
    const e = nonNull(checker, inner);
    const row = arrayElement(checker, e);
    if (isNumber(e) || isBoolean(e) || (row !== undefined && isNumber(nonNull(checker, row))))
      return [element('[0]', { kind: 'first' }), element('[last]', { kind: 'last' })];
    if (isString(e)) return [element(' (last entry dropped)', { kind: 'dropLast' })];
    if (isObject(e) && depth < MAX_DEPTH)
      return [
        element(' (order reversed)', { kind: 'reverse' }),
        ...objectElements(at, e, [...path, { each: true }], `${label}[].`, depth + 1),
      ];
    return [];
  }
  if (isObject(t) && depth < MAX_DEPTH) {
    const prefix = `${label}${label === '' || label.endsWith('.') ? '' : '.'}`;
    return objectElements(at, t, path, prefix, depth + 1);
  }
  return [];
}

function objectElements(
  at: InFunction,
  type: ts.Type,
  path: readonly Step[],
  prefix: string,
  depth: number,
): ContractElement[] {
  const { checker, node } = at;
  return checker.getPropertiesOfType(type).flatMap((property) => {
    const propertyType = nonNull(checker, checker.getTypeOfSymbolAtLocation(property, node));
    const signature = propertyType.getCallSignatures()[0];
    return signature === undefined
      ? resultElements(
          at,
          propertyType,
          [...path, { field: property.name }],
          `${prefix}${property.name}`,
          depth,
        )
      : resultElements(
          at,
          checker.getReturnTypeOfSignature(signature),
          [...path, { call: property.name }],
          `${prefix}${property.name}()`,
          depth,
        );
  });
}

const isArrayInput = (checker: ts.TypeChecker, type: ts.Type): boolean =>
  arrayElement(checker, nonNull(checker, type)) !== undefined;

/** The default of one option, `intercept: false` when it is `intercept`. */
function optionElements(
  at: InFunction,
  name: string,
  param: number,
  property: ts.Symbol,
  type: ts.Type,
): ContractElement[] {
  const { checker, fn, header } = at;
  const optionName = `${fn} ${name}.${property.name} default`;
  const doc = ts.displayPartsToString(property.getDocumentationComment(checker));
  const fallback = findDefault(property.name, doc, header);
  const other = otherValue(fallback, stringLiterals(type));
  const elements = [
    fallback === undefined
      ? elementOf(at, optionName, {
          problem: 'no documented default (state it in the option’s comment or the header)',
        })
      : other === undefined
        ? elementOf(at, optionName, {
            problem: `no other value than the default ${JSON.stringify(fallback)} to try`,
          })
        : elementOf(at, `${optionName} (${JSON.stringify(fallback)})`, {
            mutation: { kind: 'default', fn, param, field: property.name, value: other },
          }),
  ];
  if (property.name === 'intercept' && isBoolean(type)) {
    const mutation: Mutation = { kind: 'intercept', fn, param };
    elements.push(elementOf(at, `${fn} intercept: false`, { mutation }));
  }
  return elements;
}

/** Options, `intercept: false` and array inputs of one parameter. */
function parameterElements(
  at: InFunction,
  parameter: ts.ParameterDeclaration,
  param: number,
): ContractElement[] {
  const { checker, fn } = at;
  const name = parameter.name.getText();
  const unchanged = (fields?: string[]): ContractElement =>
    elementOf(at, `${fn}(${name}) unchanged`, {
      mutation: { kind: 'input', fn, param, ...(fields === undefined ? {} : { fields }) },
    });
  const type = nonNull(checker, checker.getTypeAtLocation(parameter));
  if (isArrayInput(checker, type)) return [unchanged()];
  if (!isObject(type)) return [];
  const properties = checker.getPropertiesOfType(type).map((property) => ({
    property,
    type: nonNull(checker, checker.getTypeOfSymbolAtLocation(property, parameter)),
  }));
  // Every array field of an object input changes at once: one element per parameter.
  const arrays = properties.filter(
    (entry) => !isFunction(entry.type) && isArrayInput(checker, entry.type),
  );
  return [
    ...(arrays.length === 0 ? [] : [unchanged(arrays.map((entry) => entry.property.name))]),
    ...properties.flatMap(({ property, type: propertyType }) =>
      isFunction(propertyType) ||
      isArrayInput(checker, propertyType) ||
      (property.flags & ts.SymbolFlags.Optional) === 0
        ? []
        : optionElements(at, name, param, property, propertyType),
    ),
  ];
}

function functionElements(
  analysis: Analysis,
  declaration: ts.FunctionDeclaration,
): ContractElement[] {
  const at: InFunction = { ...analysis, fn: declaration.name?.text ?? '?', node: declaration };
  const signature = analysis.checker.getSignatureFromDeclaration(declaration);
  const parameters = declaration.parameters.flatMap((parameter, index) =>
    parameterElements(at, parameter, index),
  );
  const result =
    signature === undefined
      ? []
      : resultElements(at, analysis.checker.getReturnTypeOfSignature(signature), [], '', 0);
  return [...parameters, ...result];
}

const leadingHeader = (content: string): string =>
  /^\s*\/\*\*[\s\S]*?\*\//.exec(content)?.[0] ?? '';

/** The contract of every stub, read in one TypeScript program. */
export function readContracts(root: string, stubs: readonly StubSource[]): KataContract[] {
  const byFile = new Map(stubs.map((stub) => [path.join(root, stub.stub), stub]));
  const options: ts.CompilerOptions = {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    allowImportingTsExtensions: true,
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    // The declarations need Array, ReadonlyArray and Record only: ES5's library is enough, and
    // parsing the later ones would double the time the program takes.
    lib: ['lib.es5.d.ts'],
    types: [],
  };
  const host = ts.createCompilerHost(options, true);
  const readFile = host.readFile.bind(host);
  host.readFile = (file) => byFile.get(path.resolve(file))?.content ?? readFile(file);
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (file, language, onError, create) => {
    const stub = byFile.get(path.resolve(file));
    return stub === undefined
      ? getSourceFile(file, language, onError, create)
      : ts.createSourceFile(file, stub.content, language, true);
  };
  const program = ts.createProgram([...byFile.keys()], options, host);
  const checker = program.getTypeChecker();
  return stubs.map((stub) => {
    const source = program.getSourceFile(path.join(root, stub.stub));
    if (source === undefined) return { kataId: stub.kataId, functions: [], elements: [] };
    const header = leadingHeader(stub.content);
    const analysis: Analysis = { checker, header, kataId: stub.kataId };
    const declarations = source.statements.filter(
      (statement): statement is ts.FunctionDeclaration =>
        ts.isFunctionDeclaration(statement) &&
        (ts.getCombinedModifierFlags(statement) & ts.ModifierFlags.Export) !== 0 &&
        statement.name !== undefined,
    );
    const functions = declarations.map((declaration) => declaration.name?.text ?? '?');
    const errors: ContractElement[] = documentedErrors(header).map((error) => ({
      kataId: stub.kataId,
      name: `throws ${error}`,
      functions,
      mutation: { kind: 'error', error },
    }));
    return {
      kataId: stub.kataId,
      functions,
      elements: [
        ...declarations.flatMap((declaration) => functionElements(analysis, declaration)),
        ...errors,
      ],
    };
  });
}
