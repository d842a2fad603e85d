/**
 * Append-only typed columns. The aggregator stores millions of small records (mentions,
 * evidence) at corpus scale; as rows of typed arrays they cost a few bytes each and give
 * the garbage collector nothing to trace, where an object per record costs a hundred.
 */
type TypedArray = Float64Array | Int32Array;

export class Column<A extends TypedArray> {
  private data: A;
  length = 0;

  constructor(private readonly make: (size: number) => A, capacity = 1024) {
    this.data = make(capacity);
  }

  push(value: number): number {
    if (this.length === this.data.length) {
      const bigger = this.make(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[this.length] = value;
    return this.length++;
  }

  get(index: number): number {
    return this.data[index];
  }
}

export const float64Column = (capacity?: number) => new Column((n) => new Float64Array(n), capacity);
export const int32Column = (capacity?: number) => new Column((n) => new Int32Array(n), capacity);
