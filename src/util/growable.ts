/**
 * Append-only typed columns. The aggregator stores millions of small records (mentions,
 * evidence) at corpus scale; as rows of typed arrays they cost a few bytes each and give
 * the garbage collector nothing to trace, where an object per record costs a hundred.
 * One class per element type keeps every access to a column monomorphic.
 */
export class Float64Column {
  private data = new Float64Array(1024);
  length = 0;

  push(value: number): number {
    if (this.length === this.data.length) {
      const bigger = new Float64Array(this.data.length * 2);
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

export class Int32Column {
  private data = new Int32Array(1024);
  length = 0;

  push(value: number): number {
    if (this.length === this.data.length) {
      const bigger = new Int32Array(this.data.length * 2);
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
