/** Closed word lists the argument finders share: prepositions, and past tenses without "-ed" that open a clause. */

const PREPOSITIONS = new Set(['alongside', 'beside', 'behind', 'inside', 'outside', 'around', 'beyond', 'without', 'despite', 'upon', 'onto', 'throughout', 'within', 'of', 'with', 'in', 'on', 'to', 'for', 'from', 'against', 'at', 'by', 'about', 'over', 'into', 'between', 'under', 'toward', 'towards', 'near', 'across', 'through', 'during', 'among', 'amid', 'via', 'than', 'like']);

export function isPreposition(word: string): boolean {
  return PREPOSITIONS.has(word);
}

// past tenses without "-ed" that start a new clause after ", and X": "..., and Soviet troops left Afghanistan"
export const IRREGULAR_PASTS = new Set(['left', 'sent', 'held', 'met', 'took', 'made', 'struck', 'fought', 'won', 'lost', 'began', 'flew', 'drove', 'shot', 'brought', 'told', 'sold', 'bought', 'gave', 'kept', 'went', 'came', 'broke', 'spoke', 'stood', 'withdrew', 'threw', 'led', 'saw', 'froze', 'hit', 'cut', 'put', 'set', 'let', 'overran', 'rode', 'swept', 'sought', 'found', 'became', 'got']);
