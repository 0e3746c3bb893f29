/** A command-line filter for the `katas` project: a kata name becomes its spec path; anything else is unchanged. */
import { curriculum } from '../../curriculum';
import { resolveKata } from '../kata/resolve_kata';

export function kataFilter(arg: string): string {
  if (arg.startsWith('-')) return arg;
  try {
    return resolveKata(curriculum, arg).spec;
  } catch {
    return arg;
  }
}
